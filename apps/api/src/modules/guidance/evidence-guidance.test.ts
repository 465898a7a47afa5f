import { DEFAULT_FRAMEWORK_CODE, requireFramework } from '@zi/lke';
import {
  EvidenceGuidanceDocument,
  ResetEvidenceGuidanceDocument,
  SetEvidenceGuidanceDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  type EveryRole,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let as: Portal<EveryRole>;
const CODE = 'A.I.1.i.a';
const framework = DEFAULT_FRAMEWORK_CODE;

const guidanceOf = async (who: EveryRole) =>
  (await as(EvidenceGuidanceDocument, { framework }, who)).data?.evidenceGuidance.find(
    (one) => one.questionCode === CODE,
  );
const audits = async () =>
  (
    (await app.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'guidance.%'",
    )) as { n: number }[]
  )[0]?.n;

beforeAll(async () => {
  app = await createTestApp();
  as = portal(app, await signInEveryRole(app), 'admin');
});
afterAll(() => app.close());

describe('evidence guidance per question', () => {
  it('starts from the criteria for everyone, editable by the Inspektorat only', async () => {
    const all = (await as(EvidenceGuidanceDocument, { framework }, 'operator')).data?.evidenceGuidance ?? [];
    expect(all).toHaveLength(requireFramework(framework).questions.size);
    const [first] = all;
    expect(first).toMatchObject({ questionCode: CODE, edited: false, viewerMayEdit: false });
    expect((await guidanceOf('admin'))?.viewerMayEdit).toBe(true);
    expect((await guidanceOf('evaluator'))?.viewerMayEdit).toBe(false);
  });

  it('keeps the Inspektorat’s own words for its units, audited, and restores the default', async () => {
    const input = {
      framework,
      questionCode: CODE,
      expected: [' SK Tim Kerja ZI tahun berjalan, ditandatangani kepala unit ', ''],
      examples: ['SK Nomor 800/12/2026'],
    };
    expect(errorCodes(await as(SetEvidenceGuidanceDocument, { input }, 'evaluator'))).toEqual(['FORBIDDEN']);
    const set = await as(SetEvidenceGuidanceDocument, { input });
    expect(set.data?.setEvidenceGuidance).toMatchObject({
      expected: ['SK Tim Kerja ZI tahun berjalan, ditandatangani kepala unit'],
      examples: ['SK Nomor 800/12/2026'],
      edited: true,
    });
    // The unit's operator sees the instansi's words.
    expect((await guidanceOf('operator'))?.expected).toEqual([
      'SK Tim Kerja ZI tahun berjalan, ditandatangani kepala unit',
    ]);
    expect(await audits()).toBe(1);
    const reset = await as(ResetEvidenceGuidanceDocument, { framework, questionCode: CODE });
    expect(reset.data?.resetEvidenceGuidance).toMatchObject({ edited: false });
    expect((await guidanceOf('operator'))?.edited).toBe(false);
    expect(await audits()).toBe(2);
  });

  it('refuses an unknown question, a blank list and a long line, naming the field, and saves nothing', async () => {
    const base = { framework, questionCode: CODE, expected: ['SK'], examples: [] };
    const unknown = await as(SetEvidenceGuidanceDocument, { input: { ...base, questionCode: 'Z.9' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      field: 'questionCode',
      reason: 'UNKNOWN_QUESTION',
    });
    const blank = await as(SetEvidenceGuidanceDocument, { input: { ...base, expected: ['  '] } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ field: 'expected', reason: 'REQUIRED' });
    const long = await as(SetEvidenceGuidanceDocument, { input: { ...base, examples: ['x'.repeat(501)] } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'examples.0', reason: 'TOO_LONG' });
    const version = await as(EvidenceGuidanceDocument, { framework: 'no-such-version' });
    expect(version.errors?.[0]?.extensions).toMatchObject({ field: 'framework', reason: 'NOT_FOUND' });
    expect((await guidanceOf('admin'))?.edited).toBe(false);
  });
});
