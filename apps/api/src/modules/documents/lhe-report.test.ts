import { createHash } from 'node:crypto';
import {
  AssembleProposalPackageDocument,
  IssueLheDocument,
  ReviseLheDocument,
  UpdateInstansiLetterheadDocument,
} from '@zi/schema/admin';
import { VerifyLheDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/global-id.js';
import { assessmentPool, type TakeAssessments } from '../../test/assessment-pool.js';
import { csrfHeaders } from '../../test/csrf.js';
import {
  createTestApp,
  errorCodes,
  graphql,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let app: TestApp;
let send: Portal<'admin' | 'evaluator' | 'operator'>;
let cookies: Record<string, string>;

let assessmentsWithStatus: TakeAssessments;

const pdfOf = async (id: string) => {
  const response = await fetch(`${app.url}/admin/assessments/${toGlobalId('Assessment', id)}/lhe.pdf`, {
    headers: { cookie: cookies.admin ?? '' },
  });
  return Buffer.from(await response.arrayBuffer());
};

const issue = (id: string, who: 'admin' | 'evaluator' | 'operator' = 'admin') =>
  send(IssueLheDocument, { assessmentId: toGlobalId('Assessment', id) }, who);

/** The code of the assessment's current report, the one a reviser sees; '' when none is issued. */
const currentCode = async (id: string) =>
  (
    (await app.dataSource.query(
      'SELECT verification_code FROM lhe_report WHERE assessment_id = $1 AND superseded_by IS NULL',
      [id],
    )) as { verification_code: string }[]
  )[0]?.verification_code ?? '';

const revise = async (
  id: string,
  reason: string,
  who: 'admin' | 'evaluator' | 'operator' = 'admin',
  replaces?: string,
) =>
  send(
    ReviseLheDocument,
    { assessmentId: toGlobalId('Assessment', id), replaces: replaces ?? (await currentCode(id)), reason },
    who,
  );

const REASON = 'Nilai area Penguatan Pengawasan salah ketik pada lampiran.';

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  send = portal(app, cookies, 'admin');
  assessmentsWithStatus = await assessmentPool(app);
});
afterAll(() => app.close());

describe('issuing the LHE', () => {
  it('numbers it, keeps the PDF as issued (same bytes, same SHA-256 every download), audits it, and says so once', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    const before = pdfText(await pdfOf(id));
    expect(before).toContain('DRAF');

    const issued = await issue(id);
    expect(issued.errors).toBeUndefined();
    const report = issued.data?.issueLhe;
    expect(report?.number).toMatch(/^\d{3}\/LHE-ZI\/\d{4}$/);
    expect(report?.verificationCode).toMatch(/^LHE-[2-9A-HJ-NP-Z]{10}$/);

    const [first, second] = [await pdfOf(id), await pdfOf(id)];
    expect(second.equals(first)).toBe(true);
    expect(createHash('sha256').update(first).digest('hex')).toBe(report?.sha256);
    const text = pdfText(first);
    expect(text).toContain(`Nomor: ${report?.number}`);
    expect(text).toContain(`Kode verifikasi: ${report?.verificationCode}`);
    expect(text).toContain(`/verifikasi?kode=${report?.verificationCode}`);
    expect(text).not.toContain('DRAF');

    const [audit] = (await app.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'lhe.issue' AND entity_id = $1`,
      [id],
    )) as { after: { number: string } }[];
    expect(audit?.after.number).toBe(report?.number);

    const again = await issue(id);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'LHE_ALREADY_ISSUED' });
  });

  it('numbers reports issued at once one after another, without a gap or a twin', async () => {
    const ids = await assessmentsWithStatus('evaluated', 6);
    const answers = await Promise.all(ids.map((id) => issue(id)));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const rows = (await app.dataSource.query(
      `SELECT instansi_id, year, array_agg(sequence ORDER BY sequence) AS sequences FROM lhe_report
       GROUP BY instansi_id, year`,
    )) as { sequences: number[] }[];
    for (const { sequences } of rows) expect(sequences).toEqual(sequences.map((_, index) => index + 1));
  });

  it('is the Inspektorat’s to issue, after the TPI approved, and the viewer’s `may` says so beforehand', async () => {
    const [draft = ''] = await assessmentsWithStatus('draft', 1);
    expect((await issue(draft)).errors?.[0]?.extensions).toMatchObject({ reason: 'LHE_NOT_EVALUATED' });
    const [evaluated = ''] = await assessmentsWithStatus('evaluated', 1);
    expect(errorCodes(await issue(evaluated, 'evaluator'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issue(evaluated, 'operator'))).toEqual(['FORBIDDEN']);
    // Inline: one field of what the portal's workflow panel reads.
    const mayOf = async (id: string, who: 'admin' | 'evaluator') =>
      (
        await send(
          'query ($id: ID!) { assessment(id: $id) { viewerMay { issueLhe } } }',
          { id: toGlobalId('Assessment', id) },
          who,
        )
      ).data?.assessment?.viewerMay.issueLhe;
    expect(await mayOf(evaluated, 'admin')).toBe(true);
    expect(await mayOf(draft, 'admin')).toBe(false);
    // An evaluator may not issue (a unit outside their assignments they do not even see).
    expect(await mayOf(evaluated, 'evaluator')).not.toBe(true);
    await issue(evaluated);
    expect(await mayOf(evaluated, 'admin')).toBe(false);
  });
});

/** A 1×1 PNG: the smallest logo. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const logo = (method: 'GET' | 'PUT' | 'DELETE', who: 'admin' | 'evaluator', body?: Buffer) =>
  fetch(`${app.url}/admin/instansi/logo`, {
    method,
    body,
    headers: { cookie: cookies[who] ?? '', ...csrfHeaders },
  });

describe('the letterhead an Inspektorat sets', () => {
  it('heads (with its logo), signs and numbers the reports issued after it, and refuses a NIP, format or logo it cannot use', async () => {
    const set = (input: {
      address?: string;
      inspekturName?: string;
      inspekturNip?: string;
      numberFormat: string;
    }) => send(UpdateInstansiLetterheadDocument, { input });
    expect(
      (await set({ inspekturNip: '1234', numberFormat: '{nomor}/LHE' })).errors?.[0]?.extensions,
    ).toMatchObject({
      field: 'inspekturNip',
      reason: 'INVALID_NIP',
    });
    expect((await set({ numberFormat: 'LHE/2026' })).errors?.[0]?.extensions).toMatchObject({
      field: 'numberFormat',
      reason: 'NUMBER_FORMAT_WITHOUT_SEQUENCE',
    });
    expect(
      errorCodes(
        await send(UpdateInstansiLetterheadDocument, { input: { numberFormat: '{nomor}' } }, 'evaluator'),
      ),
    ).toEqual(['FORBIDDEN']);
    const saved = await set({
      address: 'Jl. Merdeka No. 1, Kota Harapan',
      inspekturName: 'Dr. Siti Rahma, M.Si.',
      inspekturNip: '197001011995032001',
      numberFormat: '700/{nomor}/LHE-ZI/Itprov/{tahun}',
    });
    expect(saved.errors).toBeUndefined();
    expect((await logo('PUT', 'admin', Buffer.from('not an image'))).status).toBe(400);
    expect((await logo('PUT', 'evaluator', PNG)).status).toBe(403);
    expect((await logo('PUT', 'admin', PNG)).status).toBe(200);
    expect(Buffer.from(await (await logo('GET', 'admin')).arrayBuffer()).equals(PNG)).toBe(true);
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    const report = (await issue(id)).data?.issueLhe;
    expect(report?.number).toMatch(/^700\/\d{3}\/LHE-ZI\/Itprov\/\d{4}$/);
    const text = pdfText(await pdfOf(id));
    for (const expected of [
      'Jl. Merdeka No. 1, Kota Harapan',
      '(Dr. Siti Rahma, M.Si.)',
      'NIP. 197001011995032001',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('verifying an LHE on the public site', () => {
  it('answers its number, day, unit and fingerprint by the code beside its QR, and null for any other code', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    const report = (await issue(id)).data?.issueLhe;
    const verify = (code: string) => graphql(`${app.url}/graphql`, VerifyLheDocument, { code });
    const found = (await verify(report?.verificationCode.toLowerCase() ?? '')).data?.verifyLhe;
    const [unit] = (await app.dataSource.query(
      'SELECT u.name FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.id = $1',
      [id],
    )) as { name: string }[];
    expect(found).toMatchObject({
      number: report?.number,
      issuedOn: report?.issuedOn,
      sha256: report?.sha256,
      unitName: unit?.name,
    });
    expect((await verify('LHE-XXXXXXXXXX')).data?.verifyLhe).toBeNull();
    expect((await verify('x'.repeat(5000))).data?.verifyLhe).toBeNull();
  });
});

describe('revising an issued LHE', () => {
  it('issues a new report with the next number that names the one it replaces; the old one stays on record and its code says it was replaced', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    expect((await revise(id, REASON)).errors?.[0]?.extensions).toMatchObject({ reason: 'LHE_NOT_ISSUED' });
    const first = (await issue(id)).data?.issueLhe;
    const firstPdf = await pdfOf(id);

    const answer = await revise(id, `  ${REASON}  `);
    expect(answer.errors).toBeUndefined();
    const revised = answer.data?.reviseLhe;
    expect(revised).toMatchObject({ revision: 1, revisionReason: REASON });
    expect(revised?.number).not.toBe(first?.number);
    expect(revised?.verificationCode).not.toBe(first?.verificationCode);
    const sequences = (await app.dataSource.query(
      'SELECT sequence FROM lhe_report WHERE verification_code = ANY($1) ORDER BY revision',
      [[first?.verificationCode, revised?.verificationCode]],
    )) as { sequence: number }[];
    expect(sequences[1]?.sequence).toBeGreaterThan(sequences[0]?.sequence ?? Number.POSITIVE_INFINITY);

    // Downloads are now the revision, as issued; it says what it replaces and why.
    const pdf = await pdfOf(id);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(revised?.sha256);
    const text = pdfText(pdf);
    expect(text).toContain(`Nomor: ${revised?.number}`);
    expect(text).toContain(`Revisi atas LHE Nomor ${first?.number}`);
    expect(text).toContain(REASON);

    // The first report is kept byte for byte, and its code tells who checks it what replaced it.
    const [kept] = (await app.dataSource.query('SELECT pdf FROM lhe_report WHERE verification_code = $1', [
      first?.verificationCode,
    ])) as { pdf: Buffer }[];
    expect(kept?.pdf.equals(firstPdf)).toBe(true);
    const verify = (code = '') => graphql(`${app.url}/graphql`, VerifyLheDocument, { code });
    expect((await verify(first?.verificationCode)).data?.verifyLhe).toMatchObject({
      number: first?.number,
      revision: 0,
      supersededBy: { number: revised?.number, issuedOn: revised?.issuedOn },
    });
    expect((await verify(revised?.verificationCode)).data?.verifyLhe).toMatchObject({
      revision: 1,
      revisionReason: REASON,
      supersededBy: null,
    });

    const [audit] = (await app.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'lhe.revise' AND entity_id = $1`,
      [id],
    )) as { before: { number: string }; after: { number: string } }[];
    expect(audit).toMatchObject({ before: { number: first?.number }, after: { number: revised?.number } });

    // A second revision replaces the first revision.
    const again = (await revise(id, 'Nama ketua tim pada halaman tanda tangan keliru.')).data?.reviseLhe;
    expect(again?.revision).toBe(2);
    expect((await verify(revised?.verificationCode)).data?.verifyLhe?.supersededBy?.number).toBe(
      again?.number,
    );
  });

  it('refuses a reason too short or too long and another role; of two revisions of one report at once, one is issued and the other told', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    await issue(id);
    const count = async () =>
      Number(
        (
          (await app.dataSource.query('SELECT count(*) AS n FROM lhe_report WHERE assessment_id = $1', [
            id,
          ])) as { n: string }[]
        )[0]?.n,
      );
    expect((await revise(id, 'salah')).errors?.[0]?.extensions).toMatchObject({
      field: 'reason',
      reason: 'TOO_SHORT',
    });
    expect((await revise(id, 'x'.repeat(1001))).errors?.[0]?.extensions).toMatchObject({
      field: 'reason',
      reason: 'TOO_LONG',
    });
    // Characters as the database counts them: five emoji and three letters are eight, too few.
    expect((await revise(id, '🙂🙂🙂🙂🙂abc')).errors?.[0]?.extensions).toMatchObject({
      field: 'reason',
      reason: 'TOO_SHORT',
    });
    expect(errorCodes(await revise(id, REASON, 'evaluator'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await revise(id, REASON, 'operator'))).toEqual(['FORBIDDEN']);
    // An evaluation reopened for the TPI is not revised until it stands approved again.
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [id]);
    expect((await revise(id, REASON)).errors?.[0]?.extensions).toMatchObject({ reason: 'LHE_NOT_EVALUATED' });
    await app.dataSource.query(`UPDATE assessment SET status = 'evaluated' WHERE id = $1`, [id]);
    expect(await count()).toBe(1);

    // Two people revise the report they both saw: the second reason was written about a report
    // that no longer stands, so it is refused, not printed on a revision of the revision.
    const seen = await currentCode(id);
    const both = await Promise.all([revise(id, REASON, 'admin', seen), revise(id, REASON, 'admin', seen)]);
    expect(both.map((answer) => answer.errors?.[0]?.extensions?.reason ?? 'issued').sort()).toEqual([
      'LHE_REVISED_MEANWHILE',
      'issued',
    ]);
    const rows = (await app.dataSource.query(
      `SELECT revision, verification_code, superseded_by FROM lhe_report WHERE assessment_id = $1 ORDER BY revision`,
      [id],
    )) as { revision: number; verification_code: string; superseded_by: string | null }[];
    expect(rows.map((row) => row.revision)).toEqual([0, 1]);
    expect(rows.map((row) => row.superseded_by)).toEqual([rows[1]?.verification_code, null]);
  });

  it('never races the package: assembled while a revision is issued, the package holds the report that stands', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    await issue(id);
    await app.dataSource.query(`UPDATE assessment SET status = 'proposed' WHERE id = $1`, [id]);
    const [assembled, revised] = await Promise.all([
      send(AssembleProposalPackageDocument, { assessmentId: toGlobalId('Assessment', id) }),
      revise(id, REASON),
    ]);
    expect(assembled.errors).toBeUndefined();
    // Either the revision came first and went into the package, or the package came first and
    // the revision was refused; never a package holding a report that no longer stands.
    expect([undefined, 'LHE_IN_PACKAGE']).toContain(revised.errors?.[0]?.extensions?.reason);
    const [standing] = (await app.dataSource.query(
      'SELECT number, sha256 FROM lhe_report WHERE assessment_id = $1 AND superseded_by IS NULL',
      [id],
    )) as { number: string; sha256: string }[];
    const lheInPackage = assembled.data?.assembleProposalPackage.files.find((file) =>
      file.file.startsWith('3-lhe-'),
    );
    expect(lheInPackage?.sha256).toBe(standing?.sha256);
  });

  it('is refused once the LHE has gone out in the proposal package, and the viewer’s `may` says so beforehand', async () => {
    const [id = ''] = await assessmentsWithStatus('evaluated', 1);
    // Inline: one field of what the portal's workflow panel reads.
    const may = async () =>
      (
        await send('query ($id: ID!) { assessment(id: $id) { viewerMay { reviseLhe } } }', {
          id: toGlobalId('Assessment', id),
        })
      ).data?.assessment?.viewerMay.reviseLhe;
    expect(await may()).toBe(false);
    await issue(id);
    expect(await may()).toBe(true);
    await app.dataSource.query(`UPDATE assessment SET status = 'proposed' WHERE id = $1`, [id]);
    expect(
      errorCodes(await send(AssembleProposalPackageDocument, { assessmentId: toGlobalId('Assessment', id) })),
    ).toEqual([]);
    expect(await may()).toBe(false);
    expect((await revise(id, REASON)).errors?.[0]?.extensions).toMatchObject({ reason: 'LHE_IN_PACKAGE' });
  });
});
