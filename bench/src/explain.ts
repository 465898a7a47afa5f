import type { DataSource } from 'typeorm';
import type { QueryRecorder } from './database.js';

/** The plan of one SQL statement of a request, as PostgreSQL ran it. */
export interface ExplainedStatement {
  sql: string;
  plan: string;
  executionMs: number;
}

/** Each statement is explained this many times and its fastest run kept: others share the machine. */
const RUNS = 3;

/**
 * Sends one request while recording its SQL, then runs each statement again under
 * `EXPLAIN (ANALYZE, BUFFERS)` with the same parameters on the same pool (same session settings).
 */
export async function explainRequest(
  dataSource: DataSource,
  recorder: QueryRecorder,
  send: () => Promise<unknown>,
): Promise<ExplainedStatement[]> {
  recorder.statements = [];
  recorder.recording = true;
  try {
    await send();
  } finally {
    recorder.recording = false;
  }
  const explained: ExplainedStatement[] = [];
  for (const { sql, parameters } of recorder.statements) {
    const runs: ExplainedStatement[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await explain(dataSource, sql, parameters));
    explained.push(runs.reduce((fastest, one) => (one.executionMs < fastest.executionMs ? one : fastest)));
  }
  return explained;
}

async function explain(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<ExplainedStatement> {
  const rows = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters)) as Array<{
    'QUERY PLAN': string;
  }>;
  const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
  return { sql, plan, executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN) };
}

/** Markdown: the statements slowest first, each with its SQL and its fastest plan. */
export function explainedMarkdown(scenario: string, statements: ExplainedStatement[]): string {
  const slowestFirst = [...statements].sort((a, b) => b.executionMs - a.executionMs);
  return [
    `### ${scenario}`,
    '',
    ...slowestFirst.flatMap((statement) => [
      `Execution ${statement.executionMs.toFixed(1)} ms:`,
      '',
      '```sql',
      statement.sql.replace(/\s+/g, ' ').trim(),
      '```',
      '',
      '```',
      statement.plan,
      '```',
      '',
    ]),
  ].join('\n');
}
