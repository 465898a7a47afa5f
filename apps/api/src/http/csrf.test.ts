import {
  AssessmentLayerDocument,
  FollowUpsDocument,
  MeDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from '../modules/feature.js';
import * as modules from '../modules/index.js';
import { csrfHeaders } from '../test/csrf.js';
import { createTestApp, type Portal, portal, signInEach, type TestApp } from '../test/harness.js';
import { lkeWorkbook } from '../test/lke-workbook.js';
import { CSRF_HEADER, isUnderAdmin } from './csrf.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let app: TestApp;
/** The Express app behind the test server, to list the routes it registers. */
let cookies: Record<string, string>;
let admin: Portal<string>;
const count = async (table: string) =>
  ((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]?.n ?? 0;
const refusalOf = async (response: Response) =>
  ((await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0]
    ?.extensions;

/** What a cross-site form or `no-cors` fetch can send: a simple content type, the cookie, no custom header. */
const send = (
  method: string,
  path: string,
  who: string,
  body: string | Buffer | FormData,
  headers: Record<string, string> = {},
) => fetch(`${app.url}${path}`, { method, body, headers: { cookie: cookies[who] ?? '', ...headers } });

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'operator']);
  admin = portal(app, cookies, 'admin');
});
afterAll(() => app.close());

describe('the unit import', () => {
  /** One new unit per call, so a commit that slipped through would show in the count. */
  let made = 0;
  const importUnits = (headers: Record<string, string>) => {
    made += 1;
    const csv = `kode,nama,jenis,kode_wilayah,alamat,kepala,layanan_publik\nCSRF-${made},Unit Sisipan ${made},lainnya,,,,tidak\n`;
    return send('POST', '/admin/units/import?commit=true', 'admin', csv, {
      'content-type': 'text/plain',
      ...headers,
    });
  };

  it('refuses a text/plain commit without the header and creates nothing; commits with it', async () => {
    const before = await count('unit');
    const forged = await importUnits({});
    expect(forged.status).toBe(403);
    expect(await refusalOf(forged)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CSRF_HEADER_REQUIRED',
      header: CSRF_HEADER,
    });
    expect(await count('unit')).toBe(before);

    const committed = await importUnits({ ...csrfHeaders, 'sec-fetch-site': 'same-origin' });
    expect(committed.status).toBe(200);
    expect(await count('unit')).toBe(before + 1);
  });

  it('refuses a request the browser says came from another site, even with the header', async () => {
    const before = await count('unit');
    for (const site of ['cross-site', 'same-site']) {
      const forged = await importUnits({ ...csrfHeaders, 'sec-fetch-site': site });
      expect(forged.status).toBe(403);
      expect(await refusalOf(forged)).toMatchObject({ reason: 'CROSS_SITE_REQUEST' });
    }
    expect(await count('unit')).toBe(before);
  });
});

describe('the worksheet import (PUT lke.xlsx)', () => {
  it('refuses a workbook without the header and changes no answer; takes it with the header', async () => {
    const [row] = (await app.dataSource.query(
      "SELECT id FROM assessment WHERE status = 'draft' ORDER BY year DESC LIMIT 1",
    )) as { id: string }[];
    const id = Buffer.from(`Assessment:${row?.id}`).toString('base64url');
    const answerOf = async () => {
      const answers = (await admin(AssessmentLayerDocument, { id, layer: 'UNIT' })).data?.assessment?.layer
        .answers;
      return answers?.find((answer) => answer.code === 'A.I.1.i.a')?.option ?? null;
    };
    const before = await answerOf();
    const file = await lkeWorkbook({ K6: before === 'ya' ? 'Tidak' : 'Ya' });

    const forged = await send('PUT', `/admin/assessments/${id}/lke.xlsx`, 'admin', file, {
      'content-type': 'text/plain',
    });
    expect(forged.status).toBe(403);
    expect(await refusalOf(forged)).toMatchObject({ reason: 'CSRF_HEADER_REQUIRED' });
    expect(await answerOf()).toBe(before);

    const imported = await send('PUT', `/admin/assessments/${id}/lke.xlsx`, 'admin', file, csrfHeaders);
    expect(imported.status).toBe(200);
    expect(await answerOf()).toBe(before === 'ya' ? 'tidak' : 'ya');
  });
});

const pdfForm = (fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('files', new Blob([PDF]), 'SK Tim ZI.pdf');
  return form;
};

describe('the evidence upload', () => {
  it('refuses a multipart form without the header and stores nothing; stores it with the header', async () => {
    const unitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
    const started = await admin(StartAssessmentDocument, { input: { unitId, year: 2026 } }, 'operator');
    const assessmentId = started.data?.startAssessment.id ?? '';
    const fields = { assessmentId, layer: 'UNIT', code: 'A.I.1.i.a' };
    const before = await count('evidence');

    const forged = await send('POST', '/admin/evidence', 'operator', pdfForm(fields));
    expect(forged.status).toBe(403);
    expect(await refusalOf(forged)).toMatchObject({ reason: 'CSRF_HEADER_REQUIRED' });
    expect(await count('evidence')).toBe(before);

    const uploaded = await send('POST', '/admin/evidence', 'operator', pdfForm(fields), csrfHeaders);
    expect(uploaded.status).toBe(201);
    expect(await count('evidence')).toBe(before + 1);
  });
});

describe('the follow-up files', () => {
  it('refuses a multipart form without the header and attaches nothing; attaches with the header', async () => {
    const open = await admin(FollowUpsDocument, { first: 1, filter: { status: ['OPEN'] } });
    const path = `/admin/follow-ups/${open.data?.followUps.nodes[0]?.id}/files`;
    const before = await count('follow_up_file');

    const forged = await send('POST', path, 'admin', pdfForm());
    expect(forged.status).toBe(403);
    expect(await refusalOf(forged)).toMatchObject({ reason: 'CSRF_HEADER_REQUIRED' });
    expect(await count('follow_up_file')).toBe(before);

    const attached = await send('POST', path, 'admin', pdfForm(), csrfHeaders);
    expect(attached.status).toBe(201);
    expect(await count('follow_up_file')).toBe(before + 1);
  });
});

interface Layer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

const SAFE_METHODS = new Set(['get', 'head', 'options']);

/** Every method and path an Express stack answers writes on, its mounted routers' routes included. */
function writeRoutes(stack: Layer[], prefix = ''): Array<{ method: string; path: string }> {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((method) => !SAFE_METHODS.has(method))
        .map((method) => ({
          method: method === '_all' ? 'POST' : method.toUpperCase(),
          path: prefix + layer.route?.path,
        }));
    }
    if (!layer.handle.stack) return [];
    if (typeof layer.rawPath !== 'string') throw new Error(`a router mounted on ${String(layer.rawPath)}`);
    return writeRoutes(layer.handle.stack, layer.rawPath === '/' ? prefix : prefix + layer.rawPath);
  });
}

/** A path the route matches: each parameter (`:id`, `*rest`) as a sample value, optional parts kept. */
const samplePath = (pattern: string) => pattern.replace(/[:*]\w+/g, 'x').replace(/[{}]/g, '');

describe('every feature’s admin routes', () => {
  it('lie under /admin, where the CSRF check runs (the app refuses to start otherwise)', () => {
    const paths = Object.values<Feature>(modules).flatMap((feature) =>
      (feature.routes?.admin ?? []).map((route) => route.path),
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !isUnderAdmin(path))).toEqual([]);
    expect(isUnderAdmin('/administrasi')).toBe(false);
    expect(isUnderAdmin('/admin')).toBe(true);
  });
});

describe('every state-changing route under /admin', () => {
  it('is refused without the header, so a new route cannot slip through', async () => {
    const routes = writeRoutes(
      (app.express as unknown as { router: { stack: Layer[] } }).router.stack,
    ).filter(({ path }) => path.startsWith('/admin/'));
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/admin/units/import' },
        { method: 'PUT', path: '/admin/assessments/:id/lke.xlsx' },
        { method: 'POST', path: '/admin/evidence/' },
        { method: 'POST', path: '/admin/follow-ups/:followUpId/files' },
      ]),
    );
    for (const { method, path } of routes) {
      const url = samplePath(path);
      const forged = await send(method, url, 'admin', 'x', { 'content-type': 'text/plain' });
      expect({ method, url, status: forged.status, reason: (await refusalOf(forged))?.reason }).toEqual({
        method,
        url,
        status: 403,
        reason: 'CSRF_HEADER_REQUIRED',
      });
      const withHeader = await send(method, url, 'admin', 'x', {
        'content-type': 'text/plain',
        ...csrfHeaders,
      });
      const body = (await withHeader.json().catch(() => null)) as {
        errors?: Array<{ extensions: object }>;
      } | null;
      expect(body?.errors?.[0]?.extensions ?? {}).not.toMatchObject({ reason: 'CSRF_HEADER_REQUIRED' });
    }
  });
});
