import { defineCommand, defineQuery } from '../../common/sql-query.js';
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

/** The deadlines of many instansi and years (side by side), as `AssessmentWindow` reads them. */
export const windowsOf = defineQuery<
  { instansiIds: string[]; years: number[] },
  {
    instansiId: string;
    year: number;
    fillUntil: string;
    reviewUntil: string;
    updatedBy: string | null;
    updatedAt: Date;
  }
>({
  sql: `SELECT instansi_id AS "instansiId", year, fill_until AS "fillUntil", review_until AS "reviewUntil",
          updated_by AS "updatedBy", updated_at AS "updatedAt"
        FROM assessment_window WHERE (instansi_id, year) IN (SELECT * FROM unnest(:instansiIds::uuid[], :years::int[]))`,
  columns: {
    instansiId: 'uuid',
    year: 'integer',
    fillUntil: 'date',
    reviewUntil: 'date',
    updatedBy: 'uuid',
    updatedAt: 'timestamp with time zone',
  },
});

/** Every reopening of many assessments' layers, newest first, as `LayerReopening` reads them. */
export const reopeningsOf = defineQuery<
  { assessmentIds: string[] },
  {
    id: string;
    assessmentId: string;
    layer: AnswerLayer;
    until: string;
    reason: string;
    reopenedBy: string | null;
    createdAt: Date;
  }
>({
  sql: `SELECT id, assessment_id AS "assessmentId", layer, until, reason, reopened_by AS "reopenedBy",
          created_at AS "createdAt"
        FROM layer_reopening WHERE assessment_id = ANY(:assessmentIds::uuid[]) ORDER BY created_at DESC`,
  columns: {
    id: 'uuid',
    assessmentId: 'uuid',
    layer: 'text',
    until: 'date',
    reason: 'text',
    reopenedBy: 'uuid',
    createdAt: 'timestamp with time zone',
  },
});
