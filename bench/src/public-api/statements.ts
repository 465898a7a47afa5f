import type { DataSource } from 'typeorm';
import { STATISTICS_SCHEMA } from '../database.js';

/** Requests sent one after another to count statements: a stray statement shows as a fraction. */
const REQUESTS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statements run and the database's time in them (execution and planning, ms), all clients. */
async function statementsRun(dataSource: DataSource): Promise<{ calls: number; ms: number }> {
  const [row] = (await dataSource.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls,
       coalesce(sum(total_exec_time + total_plan_time), 0)::float8 AS ms
     FROM ${STATISTICS_SCHEMA}.pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`,
  )) as { calls: number; ms: number }[];
  return { calls: row?.calls ?? 0, ms: row?.ms ?? 0 };
}

/** Waits until no client has run a statement for half a second (a previous load's last requests). */
async function quiet(dataSource: DataSource): Promise<void> {
  for (
    let seen = -1, now = (await statementsRun(dataSource)).calls;
    seen !== now;
    now = (await statementsRun(dataSource)).calls
  ) {
    seen = now;
    await pause(500);
  }
}

/**
 * SQL statements the database ran per request, and its time in them (pg_stat_statements: every statement of every
 * client, transaction control included), while `send` was the only thing asking: one request first
 * (it fills caches, prepares statements), then REQUESTS counted ones. The servers' own start-up
 * work must be over (see `settled` in compare.ts).
 */
export async function statementsPerRequest(
  dataSource: DataSource,
  send: () => Promise<unknown>,
): Promise<{ statements: number; databaseMs: number }> {
  await send();
  await quiet(dataSource);
  await dataSource.query(`SELECT ${STATISTICS_SCHEMA}.pg_stat_statements_reset()`);
  for (let sent = 0; sent < REQUESTS; sent += 1) await send();
  // A server may finish a request's statements just after it answers.
  await pause(200);
  const run = await statementsRun(dataSource);
  return { statements: run.calls / REQUESTS, databaseMs: run.ms / REQUESTS };
}
