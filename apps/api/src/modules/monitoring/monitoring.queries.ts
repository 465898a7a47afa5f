import { defineCommand, defineQuery } from '../../common/sql-query.js';
import type { ChangeArea } from './change-area.js';
import type { ProgressJudgement } from './monitoring-progress.entity.js';

type ProgressKey = { roundId: string; unitId: string; area: ChangeArea };

export const progressOf = defineQuery<ProgressKey, { judgement: ProgressJudgement; note: string | null }>({
  sql: 'SELECT judgement, note FROM monitoring_progress WHERE round_id = :roundId AND unit_id = :unitId AND area = :area',
  columns: { judgement: 'text', note: 'text' },
});

export const setProgress = defineCommand<
  ProgressKey & { judgement: ProgressJudgement; note: string | null; updatedBy: string }
>(
  `INSERT INTO monitoring_progress (round_id, unit_id, area, judgement, note, updated_by, updated_at)
   VALUES (:roundId, :unitId, :area, :judgement, :note, :updatedBy, now())
   ON CONFLICT (round_id, unit_id, area) DO UPDATE SET judgement = EXCLUDED.judgement,
     note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = now()`,
);

export const addRecommendation = defineQuery<{ findingId: string; description: string }, { id: string }>({
  sql: 'INSERT INTO recommendation (finding_id, description) VALUES (:findingId, :description) RETURNING id',
  columns: { id: 'uuid' },
});

/** A recommendation's follow-ups, one per array position. */
export const addFollowUps = defineCommand<{
  recommendationId: string;
  unitId: string;
  createdBy: string;
  descriptions: string[];
  ownerNames: string[];
  dueOn: string[];
}>(
  `INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on, created_by)
   SELECT :recommendationId, :unitId, d, o, due, :createdBy
   FROM unnest(:descriptions::text[], :ownerNames::text[], :dueOn::date[]) AS t(d, o, due)`,
);
