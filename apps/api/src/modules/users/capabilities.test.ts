import {
  AddActionPlanItemDocument,
  DashboardOverviewDocument,
  MeDocument,
  OpenMonitoringRoundDocument,
  OpenSurveyPeriodDocument,
  PeopleDocument,
  RecordCoachingAttendanceDocument,
  ScheduleCoachingSessionDocument,
  SetAnswersDocument,
  SetAssessmentWindowDocument,
  SetSecondReviewDocument,
  StartAssessmentDocument,
  UpdateInstansiLetterheadDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, quarterOf, todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import {
  createTestApp,
  errorCodes,
  type GraphQLResponse,
  type Portal,
  portal,
  signInEach,
  type TestApp,
} from '../../test/harness.js';

/**
 * Every role of the demo, the Inspektorat first: it schedules the session the others are refused
 * attendance on.
 */
const ACCOUNTS = ['admin', 'evaluator', 'ketua', 'operator'] as const;
type Account = (typeof ACCOUNTS)[number];
type Capability = Exclude<keyof NonNullable<Awaited<ReturnType<typeof me>>>['may'], '__typename'>;

let app: TestApp;
let send: Portal<Account>;
let unitId: string;
let assessmentId: string;

const outcome = (response: GraphQLResponse<unknown>): string =>
  response.errors ? String(errorCodes(response)[0]) : 'ok';
const me = async (who: Account) => (await send(MeDocument, {}, who)).data?.me;
const today = todayInIndonesia();

/** The session each account schedules, if it may: the Inspektorat's is the one everyone else tries. */
const sessions: Partial<Record<Account, string>> = {};

/** A year without a worksheet of the unit for each account's attempt, so no attempt meets another's. */
const START_YEARS: Record<Account, number> = { admin: 2032, evaluator: 2033, ketua: 2034, operator: 2035 };

/** Something each capability allows, done for real: it succeeds when allowed, else it is refused. */
const PROBES: Record<Capability, (who: Account) => Promise<GraphQLResponse<unknown>>> = {
  evaluate: async (who) => {
    const [stored] = (await app.dataSource.query(
      "SELECT version FROM answer WHERE assessment_id = $1 AND layer = 'tpi' AND code = 'A.I.1.i.a'",
      [fromGlobalIdOf('Assessment', assessmentId)],
    )) as { version: number }[];
    const answers = [{ code: 'A.I.1.i.a', option: 'ya', version: stored?.version ?? 0 }];
    return send(SetAnswersDocument, { input: { assessmentId, layer: 'TPI', answers } }, who);
  },
  seeDashboard: (who) => send(DashboardOverviewDocument, { year: Number(today.slice(0, 4)) }, who),
  manageRegistry: (who) => send(PeopleDocument, { first: 1 }, who),
  setAssessmentWindow: (who) =>
    send(
      SetAssessmentWindowDocument,
      { input: { year: 2032, fillUntil: addDays(today, 30), reviewUntil: addDays(today, 60) } },
      who,
    ),
  setSecondReview: (who) => send(SetSecondReviewDocument, { required: true }, who),
  setLetterhead: (who) =>
    send(UpdateInstansiLetterheadDocument, { input: { numberFormat: '{nomor}/LHE-ZI/{tahun}' } }, who),
  openMonitoringRound: (who) => send(OpenMonitoringRoundDocument, { input: quarterOf(today) }, who),
  scheduleCoachingSession: async (who) => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const response = await send(
      ScheduleCoachingSessionDocument,
      {
        input: {
          kind: 'COACHING',
          topic: `Pendampingan LKE oleh ${who}`,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          place: 'Aula Inspektorat',
          unitIds: [unitId],
        },
      },
      who,
    );
    sessions[who] = response.data?.scheduleCoachingSession.id;
    return response;
  },
  recordCoachingAttendance: (who) =>
    send(
      RecordCoachingAttendanceDocument,
      { input: { sessionId: sessions[who] ?? sessions.admin ?? '', attendedUnitIds: [unitId] } },
      who,
    ),
  startAssessment: (who) => send(StartAssessmentDocument, { input: { unitId, year: START_YEARS[who] } }, who),
  runSurveys: (who) =>
    send(
      OpenSurveyPeriodDocument,
      { input: { unitId, title: `Survei ${who}`, startsOn: today, endsOn: today, serviceTypes: [] } },
      who,
    ),
  writeActionPlans: (who) =>
    send(
      AddActionPlanItemDocument,
      {
        input: {
          unitId,
          year: 2031,
          area: 'SUPERVISION',
          activity: `Sosialisasi WBS (${who})`,
          output: 'Daftar hadir',
          targetQuarter: 2,
          personInCharge: 'Sekretaris',
        },
      },
      who,
    ),
};

beforeAll(async () => {
  app = await createTestApp();
  send = portal(app, await signInEach(app, ACCOUNTS), 'admin');
  unitId = (await me('operator'))?.unit?.id ?? '';
  // The TPI's evaluator and its lead work on the operator's unit too, so scope never hides a rule.
  await app.dataSource.query(
    `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
     SELECT id, $1, email = 'ketua@demo.zi.id' FROM app_user WHERE email IN ('evaluator@demo.zi.id', 'ketua@demo.zi.id')`,
    [fromGlobalIdOf('Unit', unitId)],
  );
  const started = await send(StartAssessmentDocument, { input: { unitId, year: 2031 } }, 'operator');
  assessmentId = started.data?.startAssessment.id ?? '';
  // Under evaluation: the TPI's layer is open to whoever evaluates.
  await app.dataSource.query("UPDATE assessment SET status = 'in_review' WHERE id = $1", [
    fromGlobalIdOf('Assessment', assessmentId),
  ]);
});
afterAll(() => app.close());

describe('User.may: what the portal offers each person', () => {
  it('says, for every role, exactly which of the operations behind each capability succeed', async () => {
    const expected: string[] = [];
    const done: string[] = [];
    for (const who of ACCOUNTS) {
      const may = (await me(who))?.may;
      for (const capability of Object.keys(PROBES) as Capability[]) {
        expected.push(`${who} ${capability} ${may?.[capability] ? 'ok' : 'FORBIDDEN'}`);
        done.push(`${who} ${capability} ${outcome(await PROBES[capability](who))}`);
      }
    }
    expect(done).toEqual(expected);
    // Every capability is someone's, and no one has them all but the Inspektorat.
    for (const capability of Object.keys(PROBES)) expect(done).toContain(`admin ${capability} ok`);
    expect(done.filter((line) => line.startsWith('operator ') && line.endsWith(' ok'))).toEqual([
      'operator startAssessment ok',
      'operator runSurveys ok',
      'operator writeActionPlans ok',
    ]);
  });

  it('starts an evaluator on the queue and everyone else on the units', async () => {
    const homes = Object.fromEntries(
      await Promise.all(ACCOUNTS.map(async (who) => [who, (await me(who))?.home])),
    );
    expect(homes).toEqual({ admin: 'UNITS', evaluator: 'QUEUE', ketua: 'QUEUE', operator: 'UNITS' });
  });

  it("shows each person's dates in their instansi's zone, an operator's by their unit's instansi", async () => {
    const zones = async () =>
      Object.fromEntries(await Promise.all(ACCOUNTS.map(async (who) => [who, (await me(who))?.timeZone])));
    const all = (zone: string) => Object.fromEntries(ACCOUNTS.map((who) => [who, zone]));
    expect(await zones()).toEqual(all('Asia/Jakarta'));
    const [{ region_code: before }] = await app.dataSource.query(
      `SELECT region_code FROM instansi WHERE id = (SELECT instansi_id FROM app_user WHERE email = 'admin@demo.zi.id')`,
    );
    const setRegion = (code: string) =>
      app.dataSource.query(
        `UPDATE instansi SET region_code = $1 WHERE id = (SELECT instansi_id FROM app_user WHERE email = 'admin@demo.zi.id')`,
        [code],
      );
    try {
      await setRegion('73.71'); // Makassar
      expect(await zones()).toEqual(all('Asia/Makassar'));
    } finally {
      await setRegion(before);
    }
  });
});
