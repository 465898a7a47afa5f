import { defineCommand } from '../../common/sql-query.js';

/** A stored file's row, once per content. */
export const recordEvidenceFile = defineCommand<{ sha256: string; size: number; mediaType: string }>(
  'INSERT INTO evidence_file (sha256, size, media_type) VALUES (:sha256, :size, :mediaType) ON CONFLICT (sha256) DO NOTHING',
);
