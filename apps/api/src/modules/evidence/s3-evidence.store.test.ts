import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { MeDocument, StartAssessmentDocument } from '@zi/schema/admin';
import { AwsClient } from 'aws4fetch';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, graphql, signInAs } from '../../test/harness.js';
import { S3EvidenceStore, type S3EvidenceStoreOptions } from './s3-evidence.store.js';

const BUCKET = 'zi-evidence';
// s3rver's built-in account; it checks the access key but not SigV4 signatures.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let folder: string;
let server: S3rver;
let settings: S3EvidenceStoreOptions;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'zi-s3-test-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: path.join(folder, 'server'),
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  settings = {
    ...CREDENTIALS,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: BUCKET,
    prefix: '',
    forcePathStyle: true,
  };
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function temporaryFile(bytes: Buffer): Promise<string> {
  const file = path.join(folder, randomUUID());
  await writeFile(file, bytes);
  return file;
}

/** Reads an object straight from the server, bypassing the store, to check where it landed. */
async function objectAt(key: string): Promise<Buffer | null> {
  const client = new AwsClient({ ...CREDENTIALS, service: 's3', region: 'us-east-1', retries: 0 });
  const response = await client.fetch(`${settings.endpoint}/${BUCKET}/${key}`);
  return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('the S3 evidence store', () => {
  it('puts a file under its hash, with the prefix, and reads it back', async () => {
    const store = new S3EvidenceStore({ ...settings, prefix: 'zi/' });
    const bytes = randomBytes(300_000);
    const sha256 = sha256Of(bytes);
    const file = await temporaryFile(bytes);

    expect(await store.has(sha256)).toBe(false);
    await store.put(sha256, file);
    expect(await store.has(sha256)).toBe(true);
    expect((await buffer(await store.read(sha256))).equals(bytes)).toBe(true);
    expect((await objectAt(`zi/evidence/${sha256.slice(0, 2)}/${sha256}`))?.equals(bytes)).toBe(true);
    expect(await exists(file)).toBe(false);
  });

  it('answers false for a missing key, and throws on any other error', async () => {
    const missing = sha256Of(Buffer.from('never stored'));
    expect(await new S3EvidenceStore(settings).has(missing)).toBe(false);
    const stranger = new S3EvidenceStore({ ...settings, accessKeyId: 'UNKNOWN' });
    await expect(stranger.has(missing)).rejects.toThrow(`S3 HEAD ${BUCKET}/evidence/`);
    await expect(stranger.read(missing)).rejects.toThrow(/failed: 403 InvalidAccessKeyId$/);
  });

  it('keeps the temporary file when the upload fails', async () => {
    const file = await temporaryFile(PDF);
    const store = new S3EvidenceStore({ ...settings, bucket: 'no-such-bucket' });
    await expect(store.put(sha256Of(PDF), file)).rejects.toThrow(/failed: 404 NoSuchBucket$/);
    expect(await exists(file)).toBe(true);
  });
});

describe('the API with evidence in an S3 bucket', () => {
  it('uploads evidence into the bucket and serves it to an authorized reader only', async () => {
    const app = await createTestApp({ evidenceStore: { kind: 's3', ...settings, prefix: 'api/' } });
    try {
      const cookie = await signInAs(app, 'operator');
      const me = await graphql(`${app.url}/admin/graphql`, MeDocument, {}, cookie);
      const started = await graphql(
        `${app.url}/admin/graphql`,
        StartAssessmentDocument,
        { input: { unitId: me.data?.me?.unit?.id ?? '', year: 2026 } },
        cookie,
      );
      const form = new FormData();
      form.append('assessmentId', started.data?.startAssessment.id ?? '');
      form.append('layer', 'UNIT');
      form.append('code', 'A.I.1.i.a');
      form.append('files', new Blob([PDF]), 'SK Tim ZI.pdf');
      const uploaded = await fetch(`${app.url}/admin/evidence`, {
        method: 'POST',
        body: form,
        headers: { cookie, ...csrfHeaders },
      });
      expect(uploaded.status).toBe(201);
      const { evidence } = (await uploaded.json()) as { evidence: Array<{ downloadUrl: string }> };

      const sha256 = sha256Of(PDF);
      expect((await objectAt(`api/evidence/${sha256.slice(0, 2)}/${sha256}`))?.equals(PDF)).toBe(true);
      const download = await fetch(`${app.url}${evidence[0]?.downloadUrl}`, { headers: { cookie } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await fetch(`${app.url}${evidence[0]?.downloadUrl}`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
