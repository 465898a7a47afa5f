import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  CreateUserDocument,
  FollowUpFilesDocument,
  FollowUpsDocument,
  MeDocument,
  RegistryUnitsDocument,
  RemoveFollowUpFileDocument,
  RespondToFollowUpDocument,
  ReviewFollowUpDocument,
  SetPasswordDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { csrfHeaders } from '../../test/csrf.js';
import { recordFollowUps } from '../../test/follow-ups.js';
import {
  createTestApp,
  errorCodes,
  graphql,
  type Portal,
  portal,
  signIn,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
/** A Windows program's header: what a renamed .exe starts with. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0)]);
const DOWNLOAD_URL = /^\/admin\/follow-up-files\/[0-9a-f-]{36}$/;

let app: TestApp;
let cookies: Record<string, string>;
let unitId: string;
/** Two follow-ups of the operator's unit: the first is verified at the end. */
let followUpIds: [string, string];

let admin: Portal<string>;
const count = async (table: string) =>
  ((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]?.n;

function upload(who: string | null, followUpId: string, files: Array<[string, Buffer]>) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append('files', new Blob([bytes]), name);
  return fetch(`${app.url}/admin/follow-ups/${followUpId}/files`, {
    method: 'POST',
    body: form,
    headers: { ...csrfHeaders, ...(who ? { cookie: cookies[who] ?? '' } : {}) },
  });
}

const download = (path: string, who: string | null) =>
  fetch(`${app.url}${path}`, { headers: who ? { cookie: cookies[who] ?? '' } : {} });

interface RefusalBody {
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
}
const refusalOf = async (response: Response) => ((await response.json()) as RefusalBody).errors[0];

interface FileView {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  addedAt: string;
  addedByName: string | null;
  downloadUrl: string;
}

const filesOf = async (followUpId: string) =>
  (await admin(FollowUpFilesDocument, { id: followUpId }, 'operator')).data?.followUp?.files ?? [];
const remove = (id: string | undefined, who: string) =>
  admin(RemoveFollowUpFileDocument, { id: id ?? '' }, who);

/** An operator of another unit, who signs in like the demo accounts. */
async function signInOtherOperator(): Promise<void> {
  const units = await admin(RegistryUnitsDocument, { first: 2, archived: false });
  const otherUnitId = units.data?.units.edges.find(({ node }) => node.id !== unitId)?.node.id;
  const created = await admin(CreateUserDocument, {
    input: { name: 'Operator Lain', email: 'lain@contoh.go.id', role: 'UNIT_OPERATOR', unitId: otherUnitId },
  });
  const token = new URL(created.data?.createUser.link ?? '').searchParams.get('token') ?? '';
  await graphql(`${app.url}/admin/graphql`, SetPasswordDocument, {
    input: { token, password: DEMO_PASSWORD },
  });
  cookies.other = await signIn(app, 'lain@contoh.go.id');
}

beforeAll(async () => {
  app = await createTestApp({ evidenceMaxBytes: 64 * 1024 });
  cookies = await signInEveryRole(app);
  admin = portal(app, cookies, 'admin');
  unitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const [first = '', second = ''] = await recordFollowUps(app, cookies.admin, unitId, {
    finding: 'SK tim kerja ZI belum ditetapkan.',
    recommendation: 'Tetapkan SK tim kerja ZI.',
    followUps: ['Terbitkan SK tim kerja.', 'Dokumentasikan rapat tim.'],
  });
  followUpIds = [first, second];
  await signInOtherOperator();
});
afterAll(() => app.close());

describe('attaching files to a follow-up', () => {
  it('lets the unit’s operator attach several files at once, listed with who added them', async () => {
    const response = await upload('operator', followUpIds[0], [
      ['SK Tim ZI.pdf', PDF],
      ['foto rapat.png', PNG],
    ]);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { files: FileView[] };
    expect(body.files.map(({ name, size, mediaType }) => ({ name, size, mediaType }))).toEqual([
      { name: 'SK Tim ZI.pdf', size: PDF.length, mediaType: 'application/pdf' },
      { name: 'foto rapat.png', size: PNG.length, mediaType: 'image/png' },
    ]);
    const me = await admin(MeDocument, {}, 'operator');
    const files = await filesOf(followUpIds[0]);
    expect(files.map((file) => file.name)).toEqual(['SK Tim ZI.pdf', 'foto rapat.png']);
    expect(files[0]).toMatchObject({ addedByName: me.data?.me?.name, mediaType: 'application/pdf' });
    expect(files[0]?.downloadUrl).toMatch(DOWNLOAD_URL);
    expect(files[0]?.downloadUrl).toBe(body.files[0]?.downloadUrl);
  });

  it('keeps the same bytes once, however many follow-ups they support', async () => {
    const stored = await count('evidence_file');
    const response = await upload('admin', followUpIds[1], [['SK Tim ZI (salinan).pdf', PDF]]);
    expect(response.status).toBe(201);
    expect(await count('evidence_file')).toBe(stored);
    expect((await filesOf(followUpIds[1])).map((file) => file.name)).toEqual(['SK Tim ZI (salinan).pdf']);
  });

  it('reads the type from the bytes: a program renamed .pdf is refused, and nothing is saved', async () => {
    const links = await count('follow_up_file');
    const response = await upload('operator', followUpIds[0], [['SK Kepala.pdf', EXE]]);
    expect(response.status).toBe(415);
    expect((await refusalOf(response))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'files',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      name: 'SK Kepala.pdf',
    });
    expect(await count('follow_up_file')).toBe(links);
  });

  it('refuses a file over the size limit with its whole batch, and what is not a multipart upload', async () => {
    const links = await count('follow_up_file');
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]);
    const tooLarge = await upload('operator', followUpIds[0], [
      ['kecil.png', PNG],
      ['besar.pdf', big],
    ]);
    expect(tooLarge.status).toBe(413);
    expect((await refusalOf(tooLarge))?.extensions).toMatchObject({
      reason: 'FILE_TOO_LARGE',
      name: 'besar.pdf',
      maxMb: '0.1',
    });
    const empty = await upload('operator', followUpIds[0], [['kosong.pdf', Buffer.alloc(0)]]);
    expect((await refusalOf(empty))?.extensions).toMatchObject({ reason: 'FILE_EMPTY' });
    const json = await fetch(`${app.url}/admin/follow-ups/${followUpIds[0]}/files`, {
      method: 'POST',
      headers: { cookie: cookies.operator ?? '', 'content-type': 'application/json', ...csrfHeaders },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect((await refusalOf(json))?.extensions).toMatchObject({ reason: 'NOT_MULTIPART' });
    expect(await count('follow_up_file')).toBe(links);
  });

  it('lets only the unit’s operator and the Inspektorat’s administrators attach', async () => {
    const evaluator = await upload('evaluator', followUpIds[0], [['a.pdf', PDF]]);
    expect(evaluator.status).toBe(403);
    expect((await refusalOf(evaluator))?.extensions.code).toBe('FORBIDDEN');
    const stranger = await upload('other', followUpIds[0], [['a.pdf', PDF]]);
    expect(stranger.status).toBe(400);
    expect((await refusalOf(stranger))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'followUpId',
    });
    expect((await upload(null, followUpIds[0], [['a.pdf', PDF]])).status).toBe(401);
    const unknown = await upload('operator', 'bm90LWEtZm9sbG93LXVw', [['a.pdf', PDF]]);
    expect((await refusalOf(unknown))?.extensions).toMatchObject({ field: 'followUpId' });
    const unseen = await admin(FollowUpFilesDocument, { id: followUpIds[0] }, 'other');
    expect(unseen.data?.followUp).toBeNull();
  });
});

describe('downloading a follow-up’s files', () => {
  it('serves a file to whoever may see the follow-up, and 404 to everyone else', async () => {
    const [pdf] = await filesOf(followUpIds[0]);
    const url = pdf?.downloadUrl ?? '';
    const own = await download(url, 'operator');
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(url, 'admin')).status).toBe(200);
    for (const who of ['evaluator', 'other', null])
      expect((await download(url, who)).status, `${who}`).toBe(404);
    expect(
      (await download('/admin/follow-up-files/00000000-0000-4000-8000-000000000000', 'admin')).status,
    ).toBe(404);
    expect((await download('/admin/follow-up-files/..%2F..%2Fetc%2Fpasswd', 'admin')).status).toBe(404);

    await app.dataSource.query(
      `INSERT INTO evaluator_assignment (user_id, unit_id)
       SELECT id, $1 FROM app_user WHERE email = 'evaluator@demo.zi.id'`,
      [Buffer.from(unitId, 'base64url').toString().split(':')[1]],
    );
    expect((await download(url, 'evaluator')).status).toBe(200);
  });

  it('shows a PDF in place when asked, exactly as worksheet evidence', async () => {
    const [pdf] = await filesOf(followUpIds[0]);
    const inline = await download(`${pdf?.downloadUrl}?inline=1`, 'operator');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="SK Tim ZI\.pdf"/);
    expect(inline.headers.get('content-security-policy')).not.toContain('sandbox');
    const attachment = await download(pdf?.downloadUrl ?? '', 'operator');
    expect(attachment.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(attachment.headers.get('content-security-policy')).toContain('sandbox');
    expect((await download(`${pdf?.downloadUrl}?inline=1`, null)).status).toBe(404);
  });
});

describe('removing a file', () => {
  it('lets the unit remove a file before verification; the stored bytes stay', async () => {
    const [, photo] = await filesOf(followUpIds[0]);
    const stored = await count('evidence_file');
    expect(errorCodes(await remove(photo?.id, 'evaluator'))).toEqual(['FORBIDDEN']);
    const stranger = await remove(photo?.id, 'other');
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const removed = await remove(photo?.id, 'operator');
    expect(removed.data?.removeFollowUpFile.files.map((file) => file.name)).toEqual(['SK Tim ZI.pdf']);
    expect(await count('evidence_file')).toBe(stored);
    expect((await download(photo?.downloadUrl ?? '', 'operator')).status).toBe(404);
    const again = await remove(photo?.id, 'operator');
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'id' });
  });

  it('refuses attaching and removing once the follow-up is verified, and still serves its files', async () => {
    const followUpId = followUpIds[0];
    await admin(
      RespondToFollowUpDocument,
      { input: { followUpId, status: 'DONE', response: 'SK terbit.' } },
      'operator',
    );
    const verified = await admin(ReviewFollowUpDocument, { input: { followUpId, accept: true } });
    expect(verified.data?.reviewFollowUp.status).toBe('VERIFIED');
    const attach = await upload('operator', followUpId, [['susulan.png', PNG]]);
    expect(attach.status).toBe(403);
    expect((await refusalOf(attach))?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FOLLOW_UP_VERIFIED',
    });
    const [pdf] = await filesOf(followUpId);
    const removal = await remove(pdf?.id, 'admin');
    expect(removal.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FOLLOW_UP_VERIFIED',
    });
    expect((await filesOf(followUpId)).map((file) => file.name)).toEqual(['SK Tim ZI.pdf']);
    expect((await download(pdf?.downloadUrl ?? '', 'admin')).status).toBe(200);
  });

  it('audits every attachment and removal, naming the stored file', async () => {
    const events = (await app.dataSource.query(
      `SELECT action, before, after FROM audit_event WHERE action LIKE 'follow_up.%file%' ORDER BY id`,
    )) as Array<{
      action: string;
      before: { file: { name: string } } | null;
      after: { files: object[] } | null;
    }>;
    expect(events.map((event) => event.action)).toEqual([
      'follow_up.add_files',
      'follow_up.add_files',
      'follow_up.remove_file',
    ]);
    expect(events[0]?.after?.files[0]).toMatchObject({
      name: 'SK Tim ZI.pdf',
      sha256: createHash('sha256').update(PDF).digest('hex'),
      mediaType: 'application/pdf',
    });
    expect(events[2]?.before?.file.name).toBe('foto rapat.png');
  });
});

describe('a page of follow-ups with their files', () => {
  it('costs a fixed number of SQL statements whatever the page size', async () => {
    const OPEN = '{ status: [OPEN, IN_PROGRESS, DONE] }';
    const open = await admin(FollowUpsDocument, {
      first: 6,
      filter: { status: ['OPEN', 'IN_PROGRESS', 'DONE'] },
    });
    const withFiles = open.data?.followUps.nodes ?? [];
    expect(withFiles).toHaveLength(6);
    for (const { id } of withFiles) {
      expect((await upload('admin', id, [['bukti.png', PNG]])).status).toBe(201);
    }
    // Inline: a cost probe of the page's files alone, without the portal's other fields.
    const PAGE = `query($first: Int!) { followUps(first: $first, filter: ${OPEN}) { totalCount nodes {
      id unit { name } files { id name size mediaType addedAt addedByName downloadUrl } } } }`;
    const statementsFor = async (first: number) => {
      app.queries.count = 0;
      const page = await admin(PAGE, { first });
      expect(page.errors).toBeUndefined();
      return app.queries.count;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    // The session, the page and its count, then one each for units, files and who added them.
    expect(large).toBeLessThanOrEqual(7);
  });
});

describe('files that go wrong', () => {
  it('names a file sent with a blank name, instead of failing', async () => {
    const response = await upload('operator', followUpIds[1], [['   ', PNG]]);
    expect(response.status).toBe(201);
    const { files } = (await response.json()) as { files: FileView[] };
    expect(files.map((file) => file.name)).toEqual(['berkas']);
  });

  it('answers a stored file that cannot be read with a logged 500, and keeps serving', async () => {
    const lost = Buffer.from('%PDF-1.4\n% hilang dari penyimpanan\n%%EOF\n');
    const response = await upload('operator', followUpIds[1], [['hilang.pdf', lost]]);
    const [file] = ((await response.json()) as { files: FileView[] }).files;
    const sha256 = createHash('sha256').update(lost).digest('hex');
    await rm(path.join(app.evidenceDir, sha256.slice(0, 2), sha256));
    const failed = await download(file?.downloadUrl ?? '', 'operator');
    expect(failed.status).toBe(500);
    expect((await refusalOf(failed))?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    // Inline: the smallest query there is, only to see the server still answers.
    expect((await graphql(`${app.url}/graphql`, '{ __typename }')).status).toBe(200);
  });
});
