import type { TestApp } from './harness.js';

/** Takes `count` assessments no earlier call took, set to `status` (a test's own, whatever they were). */
export type TakeAssessments = (status: string, count?: number) => Promise<string[]>;

/**
 * The demo's assessments, each handed out once: tests of one file that set statuses (to issue an
 * LHE, to propose) never meet on the same assessment.
 */
export async function assessmentPool(app: TestApp): Promise<TakeAssessments> {
  const rows = (await app.dataSource.query('SELECT id FROM assessment ORDER BY id')) as { id: string }[];
  const unused = rows.map((row) => row.id);
  return async (status, count = 1) => {
    const taken = unused.splice(0, count);
    await app.dataSource.query('UPDATE assessment SET status = $1 WHERE id = ANY($2)', [status, taken]);
    return taken;
  };
}
