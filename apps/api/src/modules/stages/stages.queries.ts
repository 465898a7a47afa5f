import { defineCommand } from '../../common/sql-query.js';
import type { Stage } from './stage-event.entity.js';

/**
 * One public step per unit, stage and program year (decision 0037): a worksheet returned and submitted
 * again reaches SELF_ASSESSED twice, but the timeline shows the step once, dated by the latest time
 * it was reached: that is the submission the evaluation rests on, and it keeps the unit's current
 * stage (the latest step) truthful while the worksheet is back with the unit. The unique index
 * `stage_event_step_key` holds the rule for every writer; this statement is how the workflow writes
 * a step.
 */
export const recordStageStep = defineCommand<{
  unitId: string;
  stage: Stage;
  occurredOn: string;
  year: number;
}>(`
  INSERT INTO stage_event (unit_id, stage, occurred_on, year) VALUES (:unitId, :stage, :occurredOn, :year)
  ON CONFLICT (unit_id, stage, year) DO UPDATE
    SET occurred_on = GREATEST(stage_event.occurred_on, EXCLUDED.occurred_on), created_at = now()`);
