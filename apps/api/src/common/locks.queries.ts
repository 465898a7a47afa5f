import { defineQuery } from './sql-query.js';

/**
 * Waits for, then holds until the transaction ends, the lock named `key`: writers of one thing take
 * turns. (The lock function returns void; called in FROM, the statement returns a plain row.)
 */
export const lockTransaction = defineQuery<{ key: string }, { locked: boolean }>({
  sql: 'SELECT true AS locked FROM pg_advisory_xact_lock(hashtext(:key))',
  columns: { locked: 'boolean' },
});
