import { createHash } from 'node:crypto';
import {
  AssembleProposalPackageDocument,
  IssueLheDocument,
  LetterTemplatesDocument,
  UpdateLetterTemplateDocument,
} from '@zi/schema/admin';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/global-id.js';
import { assessmentPool, type TakeAssessments } from '../../test/assessment-pool.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let app: TestApp;
let send: Portal<'admin' | 'evaluator' | 'operator'>;
let cookies: Record<string, string>;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let take: TakeAssessments;
const assessmentWithStatus = async (status: string) => (await take(status))[0] ?? '';

const download = async (id: string, file: 'proposal.zip' | 'lhe.pdf') => {
  const response = await fetch(`${app.url}/admin/assessments/${toGlobalId('Assessment', id)}/${file}`, {
    headers: { cookie: cookies.admin ?? '' },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
};
const assemble = (id: string, who: 'admin' | 'evaluator' = 'admin') =>
  send(AssembleProposalPackageDocument, { assessmentId: toGlobalId('Assessment', id) }, who);

/** An assessment with its LHE issued, then proposed: what a package is assembled for. */
async function proposedWithLhe(): Promise<{ id: string; lheNumber: string }> {
  const id = await assessmentWithStatus('evaluated');
  const issued = await send(IssueLheDocument, { assessmentId: toGlobalId('Assessment', id) });
  await app.dataSource.query(`UPDATE assessment SET status = 'proposed' WHERE id = $1`, [id]);
  return { id, lheNumber: issued.data?.issueLhe.number ?? '' };
}

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  send = portal(app, cookies, 'admin');
  take = await assessmentPool(app);
});
afterAll(() => app.close());

describe('the proposal package', () => {
  it('holds the cover letter, the LKE workbook, the issued LHE and the SPTJM, each with its SHA-256 in the manifest, and downloads identical', async () => {
    const { id, lheNumber } = await proposedWithLhe();
    const answer = await assemble(id);
    expect(answer.errors).toBeUndefined();
    const assembled = answer.data?.assembleProposalPackage;
    expect(assembled?.files.map((file) => file.file)).toEqual([
      '1-surat-usulan.pdf',
      expect.stringMatching(/^2-lke-.+-\d{4}\.xlsx$/),
      expect.stringMatching(/^3-lhe-.+\.pdf$/),
      '4-sptjm.pdf',
    ]);

    const first = await download(id, 'proposal.zip');
    const again = await download(id, 'proposal.zip');
    expect(first.status).toBe(200);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(sha256(first.bytes)).toBe(assembled?.sha256);

    const zip = await JSZip.loadAsync(first.bytes);
    const manifest = (await zip.file('MANIFEST.sha256')?.async('string')) ?? '';
    for (const entry of assembled?.files ?? []) {
      const bytes = await zip.file(entry.file)?.async('nodebuffer');
      expect(bytes && sha256(bytes), entry.file).toBe(entry.sha256);
      expect(manifest).toContain(`${entry.sha256}  ${entry.file}`);
    }
    const lhe = await zip.file(assembled?.files[2]?.file ?? '')?.async('nodebuffer');
    expect(lhe?.equals((await download(id, 'lhe.pdf')).bytes)).toBe(true);
    const cover = pdfText((await zip.file('1-surat-usulan.pdf')?.async('nodebuffer')) ?? Buffer.alloc(0));
    expect(cover).toContain('SURAT USULAN');
    expect(cover).toContain(lheNumber);

    const [audit] = (await app.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'proposal.assemble' AND entity_id = $1`,
      [id],
    )) as { after: { sha256: string } }[];
    expect(audit?.after.sha256).toBe(assembled?.sha256);
    expect((await assemble(id)).errors?.[0]?.extensions).toMatchObject({
      reason: 'PACKAGE_ALREADY_ASSEMBLED',
    });
  });

  it('waits for the proposal and the issued LHE, and is the Inspektorat’s to assemble', async () => {
    const evaluated = await assessmentWithStatus('evaluated');
    expect((await assemble(evaluated)).errors?.[0]?.extensions).toMatchObject({
      reason: 'PACKAGE_NOT_PROPOSED',
    });
    const proposed = await assessmentWithStatus('proposed');
    expect((await assemble(proposed)).errors?.[0]?.extensions).toMatchObject({ reason: 'PACKAGE_NEEDS_LHE' });
    expect(errorCodes(await assemble(proposed, 'evaluator'))).toEqual(['FORBIDDEN']);
    expect((await download(proposed, 'proposal.zip')).status).toBe(404);
  });

  it('fills the letters from the wording the Inspektorat set', async () => {
    const templates = (await send(LetterTemplatesDocument, {})).data?.letterTemplates ?? [];
    expect(templates.map((template) => [template.kind, template.custom])).toEqual([
      ['COVER_LETTER', false],
      ['SPTJM', false],
    ]);
    expect(templates[0]?.placeholders).toContain('nomor_lhe');
    const blank = await send(UpdateLetterTemplateDocument, { input: { kind: 'SPTJM', body: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ field: 'body', reason: 'REQUIRED' });
    const saved = await send(UpdateLetterTemplateDocument, {
      input: {
        kind: 'SPTJM',
        body: 'Kami menjamin kebenaran data {unit} tahun {tahun}, nilai {nilai_total}.',
      },
    });
    expect(saved.data?.updateLetterTemplate.custom).toBe(true);
    expect(
      errorCodes(
        await send(UpdateLetterTemplateDocument, { input: { kind: 'SPTJM', body: 'x' } }, 'evaluator'),
      ),
    ).toEqual(['FORBIDDEN']);

    const { id } = await proposedWithLhe();
    await assemble(id);
    const zip = await JSZip.loadAsync((await download(id, 'proposal.zip')).bytes);
    const sptjm = pdfText((await zip.file('4-sptjm.pdf')?.async('nodebuffer')) ?? Buffer.alloc(0));
    const [unit] = (await app.dataSource.query(
      'SELECT u.name, a.year FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.id = $1',
      [id],
    )) as { name: string; year: number }[];
    expect(sptjm).toContain(`Kami menjamin kebenaran data ${unit?.name} tahun ${unit?.year}, nilai`);
    expect(sptjm).not.toContain('{');
  });
});
