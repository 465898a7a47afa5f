import {
  CloseMonitoringRoundDocument,
  FollowUpsDocument,
  MeDocument,
  MonitoringRoundDocument,
  RecordFindingDocument,
  RemoveFollowUpFileDocument,
  RespondToFollowUpDocument,
  ReviewFollowUpDocument,
  SetMonitoringProgressDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { csrfHeaders } from '../../test/csrf.js';
import { recordFollowUps } from '../../test/follow-ups.js';
import {
  createTestApp,
  errorCodes,
  type GraphQLResponse,
  type Portal,
  portal,
  signInEach,
  type TestApp,
} from '../../test/harness.js';
import { FollowUpStatus } from './follow-up.entity.js';

/** Every role of the demo: the Inspektorat, an evaluator, the TPI's team lead and the unit's operator. */
const ACCOUNTS = ['admin', 'evaluator', 'ketua', 'operator'] as const;
type Account = (typeof ACCOUNTS)[number];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let app: TestApp;
let cookies: Record<Account, string>;
let unitId: string;
let followUpId: string;
let roundId: string;

let send: Portal<Account>;

/** The follow-up as the follow-ups page lists it for `who`: the round's, page by page. */
async function listedFollowUp(who: Account) {
  const filter = { roundId: toGlobalId('MonitoringRound', roundId) };
  const listed = await send(FollowUpsDocument, { first: 50, filter }, who);
  const followUp = listed.data?.followUps.nodes.find(({ id }) => id === followUpId);
  if (!followUp) throw new Error(`${who} does not see the follow-up.`);
  return followUp;
}

const outcome = (response: GraphQLResponse<unknown>): string =>
  response.errors ? String(errorCodes(response)[0]) : 'ok';
const expectedOf = (allowed: boolean) => (allowed ? 'ok' : 'FORBIDDEN');

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ACCOUNTS);
  send = portal(app, cookies, 'admin');
  unitId = (await send(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  // The TPI's evaluator and its lead see the operator's unit too: every role sees its follow-ups.
  await app.dataSource.query(
    `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
     SELECT id, $1, email = 'ketua@demo.zi.id' FROM app_user WHERE email IN ('evaluator@demo.zi.id', 'ketua@demo.zi.id')`,
    [fromGlobalIdOf('Unit', unitId)],
  );
  [followUpId = ''] = await recordFollowUps(app, cookies.admin, unitId, {
    finding: 'Saluran WBS belum tersedia.',
    recommendation: 'Sediakan saluran WBS.',
    followUps: ['Terbitkan SK WBS.'],
  });
  const [round] = (await app.dataSource.query(
    'SELECT fi.round_id AS id FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id JOIN finding fi ON fi.id = r.finding_id WHERE f.id = $1',
    [fromGlobalIdOf('FollowUp', followUpId)],
  )) as { id: string }[];
  roundId = round?.id ?? '';
});
afterAll(() => app.close());

describe('FollowUp.viewerMay: what its mutations accept', () => {
  const setStatus = (status: FollowUpStatus) =>
    app.dataSource.query(
      "UPDATE follow_up SET status = $1, verified_at = CASE WHEN $1 = 'verified' THEN now() END WHERE id = $2",
      [status, fromGlobalIdOf('FollowUp', followUpId)],
    );

  function upload(who: Account) {
    const form = new FormData();
    form.append('files', new Blob([PDF]), 'bukti.pdf');
    return fetch(`${app.url}/admin/follow-ups/${followUpId}/files`, {
      method: 'POST',
      body: form,
      headers: { ...csrfHeaders, cookie: cookies[who] },
    });
  }

  /** A file attached by the Inspektorat before the follow-up reached `status`. */
  async function fileIn(status: FollowUpStatus): Promise<string> {
    await setStatus(FollowUpStatus.OPEN);
    const { files } = (await (await upload('admin')).json()) as { files: Array<{ id: string }> };
    const [file] = files;
    await setStatus(status);
    return file?.id ?? '';
  }

  it('answers, for every role in every status, exactly what responding, filing and reviewing do', async () => {
    const expected: string[] = [];
    const done: string[] = [];
    for (const status of Object.values(FollowUpStatus)) {
      for (const who of ACCOUNTS) {
        const file = await fileIn(status);
        const may = (await listedFollowUp(who)).viewerMay;
        const row = (action: string, allowed: boolean, result: string) => {
          expected.push(`${status} ${who} ${action} ${expectedOf(allowed)}`);
          done.push(`${status} ${who} ${action} ${result}`);
        };

        const uploaded = await upload(who);
        row(
          'attach',
          may.changeFiles,
          ({ 201: 'ok', 403: 'FORBIDDEN' } as Record<number, string>)[uploaded.status] ??
            String(uploaded.status),
        );
        row('remove', may.changeFiles, outcome(await send(RemoveFollowUpFileDocument, { id: file }, who)));
        const response = { followUpId, status: 'IN_PROGRESS' as const, response: 'SK sedang disusun.' };
        row('respond', may.respond, outcome(await send(RespondToFollowUpDocument, { input: response }, who)));
        await setStatus(status);
        const sendBack = { followUpId, accept: false, note: 'Lampirkan SK yang ditandatangani.' };
        row('review', may.review, outcome(await send(ReviewFollowUpDocument, { input: sendBack }, who)));
        await setStatus(status);
      }
    }
    expect(done).toEqual(expected);
    for (const action of ['attach', 'remove', 'respond', 'review']) {
      expect(done.filter((line) => line.includes(` ${action} ok`))).not.toEqual([]);
    }
  });
});

describe('FollowUp.viewerMay.respondWith: the statuses respondToFollowUp accepts', () => {
  it('lists, in every status, exactly the answers the unit may give', async () => {
    const expected: string[] = [];
    const done: string[] = [];
    const statuses = Object.keys(FollowUpStatus) as Array<keyof typeof FollowUpStatus>;
    for (const current of statuses) {
      for (const answer of statuses) {
        await app.dataSource.query(
          "UPDATE follow_up SET status = $1, verified_at = CASE WHEN $1 = 'verified' THEN now() END WHERE id = $2",
          [FollowUpStatus[current], fromGlobalIdOf('FollowUp', followUpId)],
        );
        const offered = (await listedFollowUp('operator')).viewerMay.respondWith;
        const input = { followUpId, status: answer, response: 'SK sedang disusun.' };
        const result = outcome(await send(RespondToFollowUpDocument, { input }, 'operator'));
        expected.push(`${current} ${answer} ${offered?.includes(answer) ? 'ok' : 'refused'}`);
        done.push(`${current} ${answer} ${result === 'ok' ? 'ok' : 'refused'}`);
      }
    }
    expect(done).toEqual(expected);
    expect(done.filter((line) => line.endsWith(' ok'))).not.toEqual([]);
  });
});

describe('MonitoringRound.viewerMay: what its mutations accept', () => {
  async function mayOf(who: Account) {
    const response = await send(MonitoringRoundDocument, { id: toGlobalId('MonitoringRound', roundId) }, who);
    const may = response.data?.monitoringRound?.viewerMay;
    if (!may) throw new Error(`${who} does not see the round.`);
    return may;
  }

  it('answers, for every role while open and once closed, exactly what judging, recording and closing do', async () => {
    const id = toGlobalId('MonitoringRound', roundId);
    const judgement = { roundId: id, unitId, area: 'SUPERVISION' as const, judgement: 'BEHIND' as const };
    const finding = {
      roundId: id,
      unitId,
      description: 'Papan informasi pelayanan belum dipasang.',
      recommendations: [
        {
          description: 'Pasang papan informasi.',
          followUps: [
            { description: 'Pasang papan.', ownerName: 'Sekretaris', dueOn: addDays(todayInIndonesia(), 14) },
          ],
        },
      ],
    };
    const expected: string[] = [];
    const done: string[] = [];
    // The Inspektorat closes last: until then the round is open to everyone else's attempts.
    for (const phase of ['open', 'closed'] as const) {
      for (const who of [...ACCOUNTS].reverse()) {
        const may = await mayOf(who);
        const row = (action: string, allowed: boolean, result: string) => {
          expected.push(`${phase} ${who} ${action} ${expectedOf(allowed)}`);
          done.push(`${phase} ${who} ${action} ${result}`);
        };
        row(
          'judge',
          may.judgeProgress,
          outcome(await send(SetMonitoringProgressDocument, { input: judgement }, who)),
        );
        row('record', may.recordFinding, outcome(await send(RecordFindingDocument, { input: finding }, who)));
        row('close', may.close, outcome(await send(CloseMonitoringRoundDocument, { id }, who)));
      }
    }
    expect(done).toEqual(expected);
    expect(done.filter((line) => line.endsWith(' ok'))).toEqual([
      'open ketua judge ok',
      'open ketua record ok',
      'open evaluator judge ok',
      'open evaluator record ok',
      'open admin judge ok',
      'open admin record ok',
      'open admin close ok',
    ]);
  });
});
