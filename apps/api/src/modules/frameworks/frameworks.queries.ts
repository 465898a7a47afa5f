import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** Stores a framework's definition (JSON text) unless its code is stored already. */
export const storeFramework = defineCommand<{
  code: string;
  version: string;
  title: string;
  regulation: string;
  definition: string;
  contentHash: string;
}>(
  `INSERT INTO lke_framework (code, version, title, regulation, definition, content_hash)
   VALUES (:code, :version, :title, :regulation, :definition, :contentHash) ON CONFLICT (code) DO NOTHING`,
);

export const storedFrameworkHash = defineQuery<{ code: string }, { content_hash: string }>({
  sql: 'SELECT content_hash FROM lke_framework WHERE code = :code',
  columns: { content_hash: 'text' },
});
