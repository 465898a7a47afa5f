import { AssessmentWorksheetDocument } from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../common/dates.js';
import { toGlobalId } from '../../common/global-id.js';
import { createTestApp, type Portal, portal, signInEach, type TestApp } from '../../test/harness.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { lastOpenDay, lastOpenDaySql } from './deadline.js';

/** A year of its own: the demo's windows and assessments stay out of the way. */
const YEAR = 2031;
const today = todayInIndonesia();
const day = (offset: number) => addDays(today, offset);

let app: TestApp;
let send: Portal<'operator'>;
let assessmentId: string;

const setWindow = (fillUntil: string, reviewUntil: string) =>
  app.dataSource.query(
    `INSERT INTO assessment_window (instansi_id, year, fill_until, review_until)
     SELECT u.instansi_id, $1, $2, $3 FROM unit u JOIN assessment a ON a.unit_id = u.id WHERE a.id = $4
     ON CONFLICT (instansi_id, year) DO UPDATE SET fill_until = EXCLUDED.fill_until, review_until = EXCLUDED.review_until`,
    [YEAR, fillUntil, reviewUntil, assessmentId],
  );
const reopen = (layer: string, until: string) =>
  app.dataSource.query(
    `INSERT INTO layer_reopening (assessment_id, layer, until, reason) VALUES ($1, $2, $3, 'Uji')`,
    [assessmentId, layer, until],
  );
const allowedActions = async () =>
  (await send(AssessmentWorksheetDocument, { id: toGlobalId('Assessment', assessmentId) })).data?.assessment
    ?.allowedActions;
const closingReminders = async () =>
  (await app.dataSource.query(
    `SELECT n.params->>'layer' AS layer, n.params->>'until' AS until FROM notification n
     WHERE n.kind = 'window_closing' AND (n.params->>'year')::int = $1 ORDER BY 1, 2`,
    [YEAR],
  )) as { layer: string; until: string }[];

beforeAll(async () => {
  app = await createTestApp();
  send = portal(app, await signInEach(app, ['operator']), 'operator');
  const [row] = (await app.dataSource.query(
    `INSERT INTO assessment (unit_id, year, framework_code, status)
     SELECT unit_id, $1, 'permenpanrb-90-2021', 'draft' FROM app_user WHERE email = 'operator@demo.zi.id'
     RETURNING id`,
    [YEAR],
  )) as { id: string }[];
  assessmentId = row?.id ?? '';
});
afterAll(() => app.close());

describe('a reopening moves the last open day everywhere the deadline is read', () => {
  it('SQL and TypeScript agree on the last open day, reopenings of each layer counted', async () => {
    const cases = [
      { fill: day(-3), review: day(10), reopenings: [] },
      { fill: day(-3), review: day(10), reopenings: [{ layer: AnswerLayer.UNIT, until: day(4) }] },
      {
        fill: day(2),
        review: day(10),
        reopenings: [
          { layer: AnswerLayer.UNIT, until: day(1) },
          { layer: AnswerLayer.TPI, until: day(12) },
          { layer: AnswerLayer.REVIEW, until: day(30) },
        ],
      },
    ];
    for (const { fill, review, reopenings } of cases) {
      await app.dataSource.query('DELETE FROM layer_reopening WHERE assessment_id = $1', [assessmentId]);
      await setWindow(fill, review);
      for (const { layer, until } of reopenings) await reopen(layer, until);
      for (const layer of Object.values(AnswerLayer)) {
        const [row] = (await app.dataSource.query(
          `SELECT to_char(${lastOpenDaySql('w', 'a', layer)}, 'YYYY-MM-DD') AS day
           FROM assessment a JOIN unit u ON u.id = a.unit_id
           JOIN assessment_window w ON w.instansi_id = u.instansi_id AND w.year = a.year WHERE a.id = $1`,
          [assessmentId],
        )) as { day: string }[];
        const expected = lastOpenDay({ fillUntil: fill, reviewUntil: review }, layer, reopenings);
        expect({ layer, day: row?.day }).toEqual({ layer, day: expected });
      }
    }
  });

  it('a worksheet whose filling closed offers no submit, and offers it again once reopened', async () => {
    await app.dataSource.query('DELETE FROM layer_reopening WHERE assessment_id = $1', [assessmentId]);
    await setWindow(day(-1), day(20));
    expect(await allowedActions()).toEqual([]);
    await reopen(AnswerLayer.UNIT, day(3));
    expect(await allowedActions()).toEqual(['SUBMIT']);
  });

  it('reminds the unit of the reopened day, and not of a day beyond the reminder horizon', async () => {
    await app.dataSource.query('DELETE FROM layer_reopening WHERE assessment_id = $1', [assessmentId]);
    await app.dataSource.query(`DELETE FROM notification WHERE kind = 'window_closing'`);
    await setWindow(day(-1), day(60));
    await reopen(AnswerLayer.UNIT, day(3));
    await app.services.reminders.sweep(today);
    expect(await closingReminders()).toEqual([{ layer: 'unit', until: day(3) }]);

    await app.dataSource.query(`DELETE FROM notification WHERE kind = 'window_closing'`);
    await setWindow(day(2), day(60));
    await reopen(AnswerLayer.UNIT, day(40));
    await app.services.reminders.sweep(today);
    expect(await closingReminders()).toEqual([]);
  });
});
