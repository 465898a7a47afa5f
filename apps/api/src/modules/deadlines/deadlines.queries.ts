import { defineCommand } from '../../common/sql-query.js';
import type { AnswerLayer } from '../assessments/assessment.entity.js';

export const setWindow = defineCommand<{
  instansiId: string;
  year: number;
  fillUntil: string;
  reviewUntil: string;
  updatedBy: string;
}>(
  `INSERT INTO assessment_window (instansi_id, year, fill_until, review_until, updated_by, updated_at)
   VALUES (:instansiId, :year, :fillUntil, :reviewUntil, :updatedBy, now())
   ON CONFLICT (instansi_id, year) DO UPDATE SET fill_until = EXCLUDED.fill_until,
     review_until = EXCLUDED.review_until, updated_by = EXCLUDED.updated_by, updated_at = now()`,
);

export const reopenLayer = defineCommand<{
  assessmentId: string;
  layer: AnswerLayer;
  until: string;
  reason: string;
  reopenedBy: string;
}>(
  `INSERT INTO layer_reopening (assessment_id, layer, until, reason, reopened_by)
   VALUES (:assessmentId, :layer, :until, :reason, :reopenedBy)`,
);
