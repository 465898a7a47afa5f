import { defineCommand, defineQuery } from '../../common/sql-query.js';
import type { AnswerLayer } from '../assessments/assessment.entity.js';

/** A stored file's row, once per content. */
export const recordEvidenceFile = defineCommand<{ sha256: string; size: number; mediaType: string }>(
  'INSERT INTO evidence_file (sha256, size, media_type) VALUES (:sha256, :size, :mediaType) ON CONFLICT (sha256) DO NOTHING',
);

/** An evidence row as the `Evidence` type reads it. */
export interface EvidenceRow {
  id: string;
  assessmentId: string;
  layer: AnswerLayer;
  code: string;
  fileId: string | null;
  url: string | null;
  name: string;
  addedBy: string | null;
  createdAt: Date;
  replacedBy: string | null;
  removedAt: Date | null;
  removedBy: string | null;
}

/** The current evidence of many layers (not replaced, not removed), oldest first. */
export const currentEvidenceOfLayers = defineQuery<{ ids: string[]; layers: AnswerLayer[] }, EvidenceRow>({
  sql: `SELECT id, assessment_id AS "assessmentId", layer, code, file_id AS "fileId", url, name,
          added_by AS "addedBy", created_at AS "createdAt", replaced_by AS "replacedBy",
          removed_at AS "removedAt", removed_by AS "removedBy"
        FROM evidence
        WHERE (assessment_id, layer) IN (SELECT * FROM unnest(:ids::uuid[], :layers::text[]))
          AND replaced_by IS NULL AND removed_at IS NULL
        ORDER BY created_at`,
  columns: {
    id: 'uuid',
    assessmentId: 'uuid',
    layer: 'text',
    code: 'text',
    fileId: 'uuid',
    url: 'text',
    name: 'text',
    addedBy: 'uuid',
    createdAt: 'timestamp with time zone',
    replacedBy: 'uuid',
    removedAt: 'timestamp with time zone',
    removedBy: 'uuid',
  },
});
