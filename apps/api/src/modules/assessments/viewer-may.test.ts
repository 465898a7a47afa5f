import {
  AssessmentLayerDocument,
  AssessmentReopeningsDocument,
  AssessmentWorksheetDocument,
  type AnswerLayer as Layer,
  MeDocument,
  RemoveEvidenceDocument,
  ReopenLayerDocument,
  SetAnswersDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../common/dates.js';
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
import { AnswerLayer, AssessmentStatus } from './assessment.entity.js';

/** Every role of the demo: the Inspektorat, an evaluator, the TPI's team lead and the unit's operator. */
const ACCOUNTS = ['admin', 'evaluator', 'ketua', 'operator'] as const;
type Account = (typeof ACCOUNTS)[number];
const LAYERS = Object.values(AnswerLayer).map((layer) => layer.toUpperCase() as Layer);
const CODE = 'A.I.1.i.a';
/** A year without deadlines, so only role and status decide until a test sets one. */
const YEAR = 2031;

let app: TestApp;
let send: Portal<Account>;
let assessmentId: string;
let rawAssessmentId: string;

/** What the worksheet offers `who`: the layers it may edit, remove evidence from and reopen. */
async function whatMay(who: Account) {
  const response = await send(AssessmentReopeningsDocument, { id: assessmentId }, who);
  expect(response.errors).toBeUndefined();
  const assessment = response.data?.assessment;
  if (!assessment) throw new Error(`${who} does not see the worksheet.`);
  return assessment;
}

const setStatus = (status: AssessmentStatus) =>
  app.dataSource.query('UPDATE assessment SET status = $1 WHERE id = $2', [status, rawAssessmentId]);

/** Saves one answer to `layer` as `who`, on the version stored now. */
async function answer(layer: Layer, who: Account) {
  const [stored] = (await app.dataSource.query(
    'SELECT version FROM answer WHERE assessment_id = $1 AND layer = $2 AND code = $3',
    [rawAssessmentId, layer.toLowerCase(), CODE],
  )) as { version: number }[];
  return send(
    SetAnswersDocument,
    {
      input: { assessmentId, layer, answers: [{ code: CODE, option: 'ya', version: stored?.version ?? 0 }] },
    },
    who,
  );
}

/** A write's outcome: `ok`, or the code it was refused with. */
const outcome = (response: GraphQLResponse<unknown>): string =>
  response.errors ? String(errorCodes(response)[0]) : 'ok';

beforeAll(async () => {
  app = await createTestApp();
  send = portal(app, await signInEach(app, ACCOUNTS), 'admin');
  const me = await send(MeDocument, {}, 'operator');
  const unitId = me.data?.me?.unit?.id ?? '';
  const started = await send(StartAssessmentDocument, { input: { unitId, year: YEAR } }, 'operator');
  assessmentId = started.data?.startAssessment.id ?? '';
  rawAssessmentId = fromGlobalIdOf('Assessment', assessmentId);
  // The TPI's evaluator and its lead evaluate the operator's unit too: every role sees one worksheet.
  await app.dataSource.query(
    `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
     SELECT id, $1, email = 'ketua@demo.zi.id' FROM app_user WHERE email IN ('evaluator@demo.zi.id', 'ketua@demo.zi.id')`,
    [fromGlobalIdOf('Unit', unitId)],
  );
});
afterAll(() => app.close());

describe('Assessment.editableLayers: the layers a save of answers succeeds on', () => {
  it('names, for every role in every status, exactly the layers whose write the API accepts', async () => {
    const expected: string[] = [];
    const written: string[] = [];
    for (const status of Object.values(AssessmentStatus)) {
      await setStatus(status);
      for (const who of ACCOUNTS) {
        const { editableLayers } = await whatMay(who);
        for (const layer of LAYERS) {
          const result = outcome(await answer(layer, who));
          expected.push(`${status} ${who} ${layer} ${editableLayers.includes(layer) ? 'ok' : 'FORBIDDEN'}`);
          written.push(`${status} ${who} ${layer} ${result}`);
        }
      }
    }
    expect(written).toEqual(expected);
    // Each role writes somewhere: the table is not all refusals.
    for (const who of ACCOUNTS)
      expect(written.filter((row) => row.includes(` ${who} `) && row.endsWith(' ok'))).not.toEqual([]);
  });

  it('leaves out a layer whose deadline has passed, until the Inspektorat reopens it', async () => {
    await setStatus(AssessmentStatus.DRAFT);
    const today = todayInIndonesia();
    await app.dataSource.query(
      `INSERT INTO assessment_window (instansi_id, year, fill_until, review_until)
       SELECT u.instansi_id, $2, $3, $3 FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.id = $1`,
      [rawAssessmentId, YEAR, addDays(today, -1)],
    );
    expect((await whatMay('operator')).editableLayers).toEqual([]);
    expect(errorCodes(await answer('UNIT', 'operator'))).toEqual(['FORBIDDEN']);

    const reopen = {
      input: {
        assessmentId,
        layer: 'UNIT' as const,
        until: addDays(today, 3),
        reason: 'Berkas unit hilang.',
      },
    };
    expect((await whatMay('admin')).viewerMay.reopenLayers).toEqual(['UNIT', 'TPI', 'REVIEW']);
    for (const who of ACCOUNTS) {
      const { reopenLayers } = (await whatMay(who)).viewerMay;
      const reopened = await send(ReopenLayerDocument, reopen, who);
      expect(`${who} ${outcome(reopened)}`).toBe(
        `${who} ${reopenLayers.includes('UNIT') ? 'ok' : 'FORBIDDEN'}`,
      );
    }
    // Reopened, the unit's layer may still be given more time, until a later day.
    expect((await whatMay('admin')).viewerMay.reopenLayers).toEqual(['UNIT', 'TPI', 'REVIEW']);
    expect((await whatMay('operator')).editableLayers).toEqual(['UNIT']);
    expect(outcome(await answer('UNIT', 'operator'))).toBe('ok');
    await app.dataSource.query('DELETE FROM assessment_window WHERE year = $1', [YEAR]);
  });
});

describe('Assessment.viewerMay.removeEvidenceFrom: the layers evidence can be removed from', () => {
  /** A link of evidence on the question, in `layer`, as the seed's operator would have added it. */
  async function evidenceIn(layer: Layer): Promise<string> {
    const [row] = (await app.dataSource.query(
      `INSERT INTO evidence (assessment_id, layer, code, url, name)
       VALUES ($1, $2, $3, 'https://drive.example.go.id/sk.pdf', 'SK tim ZI') RETURNING id`,
      [rawAssessmentId, layer.toLowerCase(), CODE],
    )) as { id: string }[];
    return row?.id ?? '';
  }

  it('names, for every role before and after the unit submits, exactly the removals the API accepts', async () => {
    const statuses = [
      AssessmentStatus.DRAFT,
      AssessmentStatus.RETURNED,
      AssessmentStatus.SUBMITTED,
      AssessmentStatus.IN_REVIEW,
    ];
    const expected: string[] = [];
    const removed: string[] = [];
    for (const status of statuses) {
      await setStatus(status);
      for (const who of ACCOUNTS) {
        const { removeEvidenceFrom } = (await whatMay(who)).viewerMay;
        for (const layer of LAYERS) {
          const result = outcome(await send(RemoveEvidenceDocument, { id: await evidenceIn(layer) }, who));
          expected.push(
            `${status} ${who} ${layer} ${removeEvidenceFrom.includes(layer) ? 'ok' : 'FORBIDDEN'}`,
          );
          removed.push(`${status} ${who} ${layer} ${result}`);
        }
      }
    }
    expect(removed).toEqual(expected);
    expect(removed.filter((row) => row.endsWith(' ok'))).toEqual([
      'draft admin UNIT ok',
      'draft operator UNIT ok',
    ]);
  });
});

describe('Unit.heldPredicates: what the WBBM prerequisite counts', () => {
  /** The unit's predicates as the portal reads them, and whether the stored score holds WBK as held. */
  async function held() {
    const worksheet = await send(AssessmentWorksheetDocument, { id: assessmentId }, 'operator');
    const layer = await send(AssessmentLayerDocument, { id: assessmentId, layer: 'UNIT' }, 'operator');
    const wbbm = layer.data?.assessment?.layer.eligibility?.find((target) => target.target === 'WBBM');
    return {
      heldPredicates: worksheet.data?.assessment?.unit.heldPredicates,
      priorPredicatePassed: wbbm?.rules.find((rule) => rule.measure === 'PREDICATE')?.passed,
    };
  }

  it('lists the predicates held now, as the stored eligibility counts them, and not one revoked', async () => {
    // A stored score of the unit's layer, which its eligibility is read from.
    await setStatus(AssessmentStatus.DRAFT);
    expect(outcome(await answer('UNIT', 'operator'))).toBe('ok');
    const unit = '(SELECT unit_id FROM assessment WHERE id = $1)';
    await app.dataSource.query(`DELETE FROM predicate WHERE unit_id = ${unit}`, [rawAssessmentId]);
    await app.dataSource.query(
      `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date, revoked_on, revocation_reason)
       VALUES (${unit}, 'wbk', 2024, 'SK/1/2024', '2024-12-10', NULL, NULL),
              (${unit}, 'wbbm', 2025, 'SK/2/2025', '2025-12-10', '2026-02-01', 'Pelanggaran integritas.')`,
      [rawAssessmentId],
    );
    expect(await held()).toEqual({ heldPredicates: ['WBK'], priorPredicatePassed: true });
    await app.dataSource.query(
      `UPDATE predicate SET revoked_on = '2026-03-01', revocation_reason = 'Dicabut.' WHERE unit_id = ${unit} AND kind = 'wbk'`,
      [rawAssessmentId],
    );
    expect(await held()).toEqual({ heldPredicates: [], priorPredicatePassed: false });
  });
});
