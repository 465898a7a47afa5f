import {
  AddEvidenceLinkDocument,
  LayerEvidenceDocument,
  MeDocument,
  RemoveEvidenceDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let app: TestApp;
let cookies: Record<string, string>;
let assessmentId: string;

function upload(cookie: string | undefined, fields: Record<string, string>, files: Array<[string, Buffer]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, bytes] of files) form.append('files', new Blob([bytes]), name);
  return fetch(`${app.url}/admin/evidence`, {
    method: 'POST',
    body: form,
    headers: { ...csrfHeaders, ...(cookie ? { cookie } : {}) },
  });
}

let asOperator: Portal<string>;

const evidenceOf = async () =>
  (await asOperator(LayerEvidenceDocument, { id: assessmentId, layer: 'UNIT' })).data?.assessment?.layer
    .evidence ?? [];
const removeEvidence = (id: string | undefined) => asOperator(RemoveEvidenceDocument, { id: id ?? '' });

beforeAll(async () => {
  app = await createTestApp({ evidenceMaxBytes: 64 * 1024 });
  cookies = await signInEveryRole(app);
  asOperator = portal(app, cookies, 'operator');
  const unitId = (await asOperator(MeDocument, {})).data?.me?.unit?.id ?? '';
  const started = await asOperator(StartAssessmentDocument, { input: { unitId, year: 2026 } });
  assessmentId = started.data?.startAssessment.id ?? '';
});
afterAll(() => app.close());

const target = (code: string) => ({ assessmentId, layer: 'UNIT' as const, code });

describe('uploading evidence', () => {
  it('stores files of allowed types and links them to the question', async () => {
    const response = await upload(cookies.operator, target('A.I.1.i.a'), [
      ['SK Tim ZI.pdf', PDF],
      ['foto-apel.png', PNG],
    ]);
    expect(response.status).toBe(201);
    const evidence = await evidenceOf();
    expect(evidence.map((item) => item.name)).toEqual(['SK Tim ZI.pdf', 'foto-apel.png']);
    expect(evidence[0]?.downloadUrl).toMatch(/^\/admin\/evidence\/[0-9a-f-]{36}$/);
  });

  it('keeps the same file once, however many questions it supports', async () => {
    await upload(cookies.operator, target('A.I.1.i.b'), [['SK Tim ZI (salinan).pdf', PDF]]);
    const [files] = (await app.dataSource.query('SELECT count(*)::int AS n FROM evidence_file')) as {
      n: number;
    }[];
    expect(files?.n).toBe(2);
    expect((await evidenceOf()).filter((item) => item.name.startsWith('SK Tim ZI'))).toHaveLength(2);
  });

  it('reads the type from the bytes, not the name', async () => {
    const response = await upload(cookies.operator, target('A.I.1.i.a'), [
      ['laporan.pdf', Buffer.from('hello, not a PDF')],
    ]);
    expect(response.status).toBe(415);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(body.errors[0]?.message).toMatch(
      /^laporan\.pdf: this kind of file is not accepted\. Allowed: PDF, JPG, PNG/,
    );
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'files',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      name: 'laporan.pdf',
    });
  });

  it('refuses a file over the size limit and saves nothing of the batch', async () => {
    const before = (await evidenceOf()).length;
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]);
    const response = await upload(cookies.operator, target('A.I.1.ii.a'), [
      ['kecil.png', PNG],
      ['besar.pdf', big],
    ]);
    expect(response.status).toBe(413);
    const [error] = ((await response.json()) as { errors: Array<{ message: string; extensions: object }> })
      .errors;
    expect(error?.message).toBe('besar.pdf: larger than the limit of 0.1 MB per file.');
    expect(error?.extensions).toMatchObject({ reason: 'FILE_TOO_LARGE', name: 'besar.pdf', maxMb: '0.1' });
    expect(await evidenceOf()).toHaveLength(before);
  });

  it('refuses an unknown question, a layer the role may not write, and anonymous uploads', async () => {
    const unknown = await upload(cookies.operator, target('Z.9'), [['a.pdf', PDF]]);
    expect(unknown.status).toBe(400);
    expect(
      ((await unknown.json()) as { errors: Array<{ extensions: { field: string } }> }).errors[0]?.extensions
        .field,
    ).toBe('code');
    const evaluator = await upload(cookies.evaluator, target('A.I.1.i.a'), [['a.pdf', PDF]]);
    expect(evaluator.status).toBe(400);
    const anonymous = await upload(undefined, target('A.I.1.i.a'), [['a.pdf', PDF]]);
    expect(anonymous.status).toBe(401);
  });
});

describe('downloading evidence', () => {
  it('serves the file to people who may read the assessment, and 404 to everyone else', async () => {
    const [first] = await evidenceOf();
    const url = `${app.url}${first?.downloadUrl}`;
    const own = await fetch(url, { headers: { cookie: cookies.operator ?? '' } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(url, { headers: { cookie: cookies.admin ?? '' } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: cookies.evaluator ?? '' } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
    expect(
      (
        await fetch(`${app.url}/admin/evidence/00000000-0000-4000-8000-000000000000`, {
          headers: { cookie: cookies.admin ?? '' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${app.url}/admin/evidence/..%2F..%2Fetc%2Fpasswd`, {
          headers: { cookie: cookies.admin ?? '' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('previewing evidence in the browser', () => {
  it('serves a PDF or an image inline when asked, anything else as an attachment', async () => {
    const [pdf] = await evidenceOf();
    const inline = await fetch(`${app.url}${pdf?.downloadUrl}?inline=1`, {
      headers: { cookie: cookies.operator ?? '' },
    });
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="SK Tim ZI\.pdf"/);
    expect(inline.headers.get('content-security-policy')).not.toContain('sandbox');
    const download = await fetch(`${app.url}${pdf?.downloadUrl}`, {
      headers: { cookie: cookies.operator ?? '' },
    });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    const stranger = await fetch(`${app.url}${pdf?.downloadUrl}?inline=1`);
    expect(stranger.status).toBe(404);
  });
});

describe('links, removal and replacement', () => {
  const addLink = (url: string, name: string) =>
    asOperator(AddEvidenceLinkDocument, { input: { ...target('A.I.1.i.a'), url, name } });

  it('accepts links to documents kept elsewhere, with a checked address', async () => {
    const bad = await addLink('javascript:alert(1)', 'x');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const good = await addLink('https://drive.example.go.id/sk-tim-zi', 'SK Tim ZI (Drive)');
    expect(good.data?.addEvidenceLink).toMatchObject({ url: 'https://drive.example.go.id/sk-tim-zi' });
  });

  it('calls what cannot be an evidence ID not found, never a server error', async () => {
    for (const id of ['zzz', 'VW5pdDox']) {
      const removed = await removeEvidence(id);
      expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    }
  });

  it('removes evidence while drafting; once submitted and returned, only replaces it, keeping the old version', async () => {
    const link = (await evidenceOf()).find((item) => item.url);
    const removed = await removeEvidence(link?.id);
    expect(removed.errors).toBeUndefined();

    await app.dataSource.query(`UPDATE assessment SET status = 'returned' WHERE id = $1`, [
      Buffer.from(assessmentId, 'base64url').toString().split(':')[1],
    ]);
    const [photo] = (await evidenceOf()).filter((item) => item.name === 'foto-apel.png');
    const refused = await removeEvidence(photo?.id);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    const replaced = await upload(cookies.operator, { ...target('A.I.1.i.a'), replaces: photo?.id ?? '' }, [
      ['foto-apel-baru.pdf', PDF],
    ]);
    expect(replaced.status).toBe(201);
    expect((await evidenceOf()).map((item) => item.name)).toContain('foto-apel-baru.pdf');
    expect((await evidenceOf()).map((item) => item.name)).not.toContain('foto-apel.png');
    const [old] = (await app.dataSource.query('SELECT replaced_by FROM evidence WHERE id = $1', [
      photo?.id,
    ])) as { replaced_by: string }[];
    expect(old?.replaced_by).toBeTruthy();
  });

  it('audits every change to evidence', async () => {
    const actions = (await app.dataSource.query(
      `SELECT action FROM audit_event WHERE action LIKE 'evidence.%' ORDER BY id`,
    )) as { action: string }[];
    expect(actions.map((row) => row.action)).toEqual([
      'evidence.add',
      'evidence.add',
      'evidence.link',
      'evidence.remove',
      'evidence.replace',
    ]);
  });
});
