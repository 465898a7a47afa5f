import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { createTestApp, errorCodes, graphql, signInEveryRole, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
let operatorUnit: string;
let otherUnit: string;
let sessionId: string;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const dueOn = (days: number) =>
  new Date(Date.parse(`${todayInIndonesia()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  graphql(`${app.url}/admin/graphql`, query, variables, cookies[who]);
const SCHEDULE = `mutation($input: CoachingSessionInput!) { scheduleCoachingSession(input: $input) {
  id topic invitations { attended unit { name } } followUps { description dueOn unit { name } } } }`;
const CALENDAR = `query($from: DateTimeISO!, $to: DateTimeISO!) { coachingSessions(from: $from, to: $to) {
  id topic invitations { unit { id } } } }`;

const session = () => ({
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
  operatorUnit = (await as('operator', '{ units(first: 1) { nodes { id } } }')).data?.units.nodes[0].id;
  const units = (await as('admin', '{ units(first: 2) { nodes { id } } }')).data?.units.nodes as Array<{
    id: string;
  }>;
  otherUnit = units.find((unit) => unit.id !== operatorUnit)?.id ?? '';
});
afterAll(() => app.close());

describe('coaching sessions', () => {
  it('refuses a session that ends before it starts, has no place, or a follow-up for a unit not invited', async () => {
    const backwards = await as('admin', SCHEDULE, {
      input: { ...session(), endsAt: inDays(2).toISOString() },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'endsAt', reason: 'RANGE_ORDER' });
    const yearLong = await as('admin', SCHEDULE, {
      input: { ...session(), endsAt: inDays(370).toISOString() },
    });
    expect(yearLong.errors?.[0]?.extensions).toMatchObject({ field: 'endsAt', reason: 'RANGE_TOO_LONG' });
    const farOff = new Date('9999-01-04T02:00:00Z');
    const slipped = await as('admin', SCHEDULE, {
      input: {
        ...session(),
        startsAt: farOff.toISOString(),
        endsAt: new Date(farOff.getTime() + 3_600_000).toISOString(),
      },
    });
    expect(slipped.errors?.[0]?.extensions).toMatchObject({ field: 'startsAt', reason: 'DATE_OUT_OF_RANGE' });
    const nowhere = await as('admin', SCHEDULE, { input: { ...session(), place: null } });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ field: 'place', reason: 'PLACE_REQUIRED' });
    const stranger = await as('admin', SCHEDULE, { input: { ...session(), unitIds: [otherUnit] } });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      field: 'followUps.0.unitId',
      reason: 'NOT_INVITED',
    });
    expect(errorCodes(await as('operator', SCHEDULE, { input: session() }))).toEqual(['FORBIDDEN']);
  });

  it('schedules a session, notifies invited units, and puts its follow-ups on their lists', async () => {
    const scheduled = await as('admin', SCHEDULE, { input: session() });
    expect(scheduled.errors).toBeUndefined();
    sessionId = scheduled.data?.scheduleCoachingSession.id;
    expect(scheduled.data?.scheduleCoachingSession.invitations).toHaveLength(2);
    const notes = await as('operator', '{ notifications(first: 5) { nodes { kind params } } }');
    expect(notes.data?.notifications.nodes[0]).toMatchObject({ kind: 'COACHING_INVITATION' });
    const list = await as(
      'operator',
      'query($id: ID!) { followUps(first: 10, filter: { coachingSessionId: $id }) { nodes { description recommendation { id } coachingSession { topic } } } }',
      { id: sessionId },
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
    const mine = await as('operator', CALENDAR, range);
    const sessions = mine.data?.coachingSessions as Array<{ id: string; invitations: unknown[] }>;
    expect(sessions.find((entry) => entry.id === sessionId)?.invitations).toEqual([
      { unit: { id: operatorUnit } },
    ]);
    for (const entry of sessions) expect(entry.invitations).toEqual([{ unit: { id: operatorUnit } }]);
    const tooLong = await as('admin', CALENDAR, { ...range, to: inDays(800).toISOString() });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ field: 'to', reason: 'RANGE_TOO_LONG' });

    const ATTEND =
      'mutation($input: AttendanceInput!) { recordCoachingAttendance(input: $input) { notes invitations { attended unit { id } } } }';
    const recorded = await as('admin', ATTEND, {
      input: { sessionId, attendedUnitIds: [operatorUnit], notes: 'Hadir 4 orang.' },
    });
    const invitations = recorded.data?.recordCoachingAttendance.invitations as Array<{
      attended: boolean;
      unit: { id: string };
    }>;
    expect(invitations.find((i) => i.unit.id === operatorUnit)?.attended).toBe(true);
    expect(invitations.find((i) => i.unit.id === otherUnit)?.attended).toBe(false);
    expect(recorded.data?.recordCoachingAttendance.notes).toBe('Hadir 4 orang.');
  });

  it('lets an evaluator record the attendance of their own units only, leaving the others as they were', async () => {
    const evaluatorUnit = (await as('evaluator', '{ units(first: 1) { nodes { id } } }')).data?.units.nodes[0]
      .id;
    const scheduled = await as('admin', SCHEDULE, {
      input: { ...session(), unitIds: [evaluatorUnit, operatorUnit], followUps: [] },
    });
    const id = scheduled.data?.scheduleCoachingSession.id;
    const ATTEND =
      'mutation($input: AttendanceInput!) { recordCoachingAttendance(input: $input) { invitations { attended unit { id } } } }';
    await as('admin', ATTEND, { input: { sessionId: id, attendedUnitIds: [evaluatorUnit, operatorUnit] } });
    await as('evaluator', ATTEND, { input: { sessionId: id, attendedUnitIds: [] } });
    const all = (
      await as(
        'admin',
        'query($id: ID!) { coachingSession(id: $id) { invitations { attended unit { id } } } }',
        {
          id,
        },
      )
    ).data?.coachingSession.invitations as Array<{ attended: boolean; unit: { id: string } }>;
    expect(all.find((i) => i.unit.id === evaluatorUnit)?.attended).toBe(false);
    expect(all.find((i) => i.unit.id === operatorUnit)?.attended).toBe(true);
  });
});
