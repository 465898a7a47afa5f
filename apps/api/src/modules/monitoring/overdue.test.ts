import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../common/dates.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { FollowUpStatus } from './follow-up.entity.js';
import { followUpOverdueSql, isOverdue } from './overdue.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('overdue, in SQL and in TypeScript', () => {
  it('agree for every status and a due date before, on and after today', async () => {
    // 17:30 UTC on 6 December is already 7 December in Indonesia: the day that counts.
    const today = todayInIndonesia(Date.parse('2026-12-06T17:30:00Z'));
    expect(today).toBe('2026-12-07');
    const cases = Object.values(FollowUpStatus).flatMap((status) =>
      [-30, -1, 0, 1].map((days) => ({ status, dueOn: addDays(today, days) })),
    );
    const rows = (await app.dataSource.query(
      `SELECT f.status, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", ${followUpOverdueSql('f', '$3::date')} AS overdue
       FROM unnest($1::text[], $2::date[]) AS f(status, due_on)`,
      [cases.map((c) => c.status), cases.map((c) => c.dueOn), today],
    )) as Array<{ status: FollowUpStatus; dueOn: string; overdue: boolean }>;
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) expect(row.overdue, `${row.status} due ${row.dueOn}`).toBe(isOverdue(row, today));
    expect(rows.filter((row) => row.overdue).map((row) => row.status)).toEqual([
      FollowUpStatus.OPEN,
      FollowUpStatus.OPEN,
      FollowUpStatus.IN_PROGRESS,
      FollowUpStatus.IN_PROGRESS,
    ]);
  });
});
