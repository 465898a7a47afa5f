import {
  type AttendanceInput,
  CoachingSessionDocument,
  type CoachingSessionInput,
  CoachingSessionsDocument,
  EvaluationQueueDocument,
  MeDocument,
  NotificationsDocument,
  RecordCoachingAttendanceDocument,
  RegistryUnitsDocument,
  ScheduleCoachingSessionDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
let operatorUnit: string;
let otherUnit: string;
let sessionId: string;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const dueOn = (days: number) =>
  new Date(Date.parse(`${todayInIndonesia()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let as: Portal<string>;
const schedule = (input: CoachingSessionInput, who = 'admin') =>
  as(ScheduleCoachingSessionDocument, { input }, who);
const calendar = (who: string, range: { from: string; to: string }) =>
  as(CoachingSessionsDocument, range, who);
const attend = (who: string, input: AttendanceInput) => as(RecordCoachingAttendanceDocument, { input }, who);

const session = (): CoachingSessionInput => ({
  kind: 'COACHING',
  topic: 'Pendampingan penyusunan LKE area pelayanan publik',
  startsAt: inDays(3).toISOString(),
  endsAt: new Date(inDays(3).getTime() + 2 * 3_600_000).toISOString(),
  place: 'Aula Inspektorat',
  unitIds: [operatorUnit, otherUnit],
  followUps: [
    { unitId: operatorUnit, description: 'Unggah SOP pengaduan.', ownerName: 'Sekretaris', dueOn: dueOn(14) },
  ],
});

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  as = portal(app, cookies, 'admin');
  operatorUnit = (await as(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const units = await as(RegistryUnitsDocument, { first: 2, archived: false }, 'admin');
  otherUnit = units.data?.units.edges.find(({ node }) => node.id !== operatorUnit)?.node.id ?? '';
});
afterAll(() => app.close());

describe('coaching sessions', () => {
  it('refuses a session that ends before it starts, has no place, or a follow-up for a unit not invited', async () => {
    const backwards = await schedule({ ...session(), endsAt: inDays(2).toISOString() });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'endsAt', reason: 'RANGE_ORDER' });
    const yearLong = await schedule({ ...session(), endsAt: inDays(370).toISOString() });
    expect(yearLong.errors?.[0]?.extensions).toMatchObject({ field: 'endsAt', reason: 'RANGE_TOO_LONG' });
    const farOff = new Date('9999-01-04T02:00:00Z');
    const slipped = await schedule({
      ...session(),
      startsAt: farOff.toISOString(),
      endsAt: new Date(farOff.getTime() + 3_600_000).toISOString(),
    });
    expect(slipped.errors?.[0]?.extensions).toMatchObject({ field: 'startsAt', reason: 'DATE_OUT_OF_RANGE' });
    const nowhere = await schedule({ ...session(), place: null });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ field: 'place', reason: 'PLACE_REQUIRED' });
    const stranger = await schedule({ ...session(), unitIds: [otherUnit] });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      field: 'followUps.0.unitId',
      reason: 'NOT_INVITED',
    });
    expect(errorCodes(await schedule(session(), 'operator'))).toEqual(['FORBIDDEN']);
  });

  it('gives a follow-up without a unit to every invited unit, each its own', async () => {
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM follow_up');
    const each = await schedule({
      ...session(),
      topic: 'Sosialisasi untuk semua unit',
      followUps: [{ unitId: null, description: 'Pasang poster WBS.', ownerName: 'Humas', dueOn: dueOn(10) }],
    });
    expect(each.errors).toBeUndefined();
    const owed = (await app.dataSource.query(
      `SELECT unit_id FROM follow_up WHERE description = 'Pasang poster WBS.' ORDER BY unit_id`,
    )) as { unit_id: string }[];
    expect(owed).toHaveLength(2);
    expect(new Set(owed.map((row) => row.unit_id)).size).toBe(2);
    const after = await app.dataSource.query('SELECT count(*)::int AS n FROM follow_up');
    expect(after[0].n - before[0].n).toBe(2);
  });

  it('schedules a session, notifies invited units, and puts its follow-ups on their lists', async () => {
    const scheduled = await schedule(session());
    expect(scheduled.errors).toBeUndefined();
    sessionId = scheduled.data?.scheduleCoachingSession.id ?? '';
    expect(scheduled.data?.scheduleCoachingSession.invitations).toHaveLength(2);
    const notes = await as(NotificationsDocument, { first: 5, unreadOnly: false }, 'operator');
    expect(notes.data?.notifications.edges[0]?.node).toMatchObject({ kind: 'COACHING_INVITATION' });
    // Inline: the portal does not ask a follow-up for its session; this checks the link both ways.
    const list = await as(
      'query($id: ID!) { followUps(first: 10, filter: { coachingSessionId: $id }) { nodes { description recommendation { id } coachingSession { topic } } } }',
      { id: sessionId },
      'operator',
    );
    expect(list.data?.followUps.nodes).toEqual([
      {
        description: 'Unggah SOP pengaduan.',
        recommendation: null,
        coachingSession: { topic: 'Pendampingan penyusunan LKE area pelayanan publik' },
      },
    ]);
  });

  it('shows each unit only its own invitation on the calendar, and records attendance', async () => {
    const range = { from: inDays(0).toISOString(), to: inDays(30).toISOString() };
    const sessions = (await calendar('operator', range)).data?.coachingSessions ?? [];
    const invitedUnits = (entry: (typeof sessions)[number] | undefined) =>
      entry?.invitations.map((invitation) => invitation.unit.id);
    expect(invitedUnits(sessions.find((entry) => entry.id === sessionId))).toEqual([operatorUnit]);
    for (const entry of sessions) expect(invitedUnits(entry)).toEqual([operatorUnit]);
    const tooLong = await calendar('admin', { ...range, to: inDays(800).toISOString() });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ field: 'to', reason: 'RANGE_TOO_LONG' });

    const recorded = await attend('admin', {
      sessionId,
      attendedUnitIds: [operatorUnit],
      notes: 'Hadir 4 orang.',
    });
    const invitations = recorded.data?.recordCoachingAttendance.invitations ?? [];
    expect(invitations.find((i) => i.unit.id === operatorUnit)?.attended).toBe(true);
    expect(invitations.find((i) => i.unit.id === otherUnit)?.attended).toBe(false);
    expect(recorded.data?.recordCoachingAttendance.notes).toBe('Hadir 4 orang.');
  });

  it('lets an evaluator record the attendance of their own units only, leaving the others as they were', async () => {
    const queue = await as(EvaluationQueueDocument, { first: 1, year: 2026 }, 'evaluator');
    const evaluatorUnit = queue.data?.units.nodes[0]?.id ?? '';
    const scheduled = await schedule({ ...session(), unitIds: [evaluatorUnit, operatorUnit], followUps: [] });
    const id = scheduled.data?.scheduleCoachingSession.id ?? '';
    await attend('admin', { sessionId: id, attendedUnitIds: [evaluatorUnit, operatorUnit] });
    await attend('evaluator', { sessionId: id, attendedUnitIds: [] });
    const all = (await as(CoachingSessionDocument, { id }, 'admin')).data?.coachingSession?.invitations ?? [];
    expect(all.find((i) => i.unit.id === evaluatorUnit)?.attended).toBe(false);
    expect(all.find((i) => i.unit.id === operatorUnit)?.attended).toBe(true);
  });
});
