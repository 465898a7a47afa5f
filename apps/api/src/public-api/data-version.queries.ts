import { defineQuery, type NoParams } from '../common/sql-query.js';

/** The version of the public data; every write to a public table bumps it (a trigger). */
export const publicDataVersionRow = defineQuery<NoParams, { version: string }>({
  sql: 'SELECT version FROM public_data_version',
  columns: { version: 'bigint' },
});
