import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../common/zip-limits.js';
import { createTestApp, signIn, type TestApp } from '../test/harness.js';
import { bombEntry, deflatedEntry, xlsxWith } from '../test/zip-builder.js';

let app: TestApp;
let cookie = '';
let draftAssessment = '';

beforeAll(async () => {
  app = await createTestApp();
  cookie = await signIn(app, 'admin@demo.zi.id');
  const [row] = (await app.dataSource.query(
    "SELECT id FROM assessment WHERE status = 'draft' ORDER BY year DESC LIMIT 1",
  )) as { id: string }[];
  draftAssessment = Buffer.from(`Assessment:${row?.id}`).toString('base64url');
});
afterAll(() => app.close());

/** Both routes that read an uploaded workbook: the unit import and the worksheet's answers. */
const ROUTES = [
  ['POST', () => '/admin/units/import?commit=true'],
  ['PUT', () => `/admin/assessments/${draftAssessment}/lke.xlsx`],
] as const;

/** Sends a file the way the portal does; prints how long the answer took (not asserted). */
async function send(method: string, path: string, file: Buffer, what: string) {
  const started = performance.now();
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { cookie, 'apollo-require-preflight': 'true', 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json()) as { errors?: Array<{ extensions: Record<string, unknown> }> };
  console.log(
    `${what}: ${method} ${path.split('?')[0]?.replace(draftAssessment, ':id')} → ${response.status} in ${Math.round(performance.now() - started)} ms`,
  );
  return { status: response.status, extensions: body.errors?.[0]?.extensions };
}

describe('an .xlsx zip bomb', () => {
  // 1 MiB on the wire, 1 GiB unpacked: what answered 500 after seconds and a gigabyte of memory.
  const bomb = xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 1024));

  it.each(ROUTES)('is refused by the %s route as too large, before it is unpacked', async (method, path) => {
    expect(bomb.length).toBeLessThan(1_100_000);
    const refused = await send(method, path(), bomb, '1 GiB bomb');
    expect(refused).toEqual({
      status: 413,
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'file',
        reason: 'ARCHIVE_TOO_LARGE',
        limit: 'UNPACKED_SIZE',
        max: XLSX_LIMITS.maxUnpackedBytes,
      },
    });
  });

  it.each(ROUTES)(
    'is refused by the %s route when its directory lies about the sizes',
    async (method, path) => {
      // Under every declared limit: only unpacking shows 1 GiB where the directory says 4 KiB.
      const liar = xlsxWith({ ...bombEntry('xl/worksheets/sheet1.xml', 1024), declaredSize: 4_096 });
      const refused = await send(method, path(), liar, 'lying bomb');
      expect(refused.status).toBe(400);
      if (method === 'POST')
        expect(refused.extensions).toMatchObject({ reason: 'UNREADABLE_FILE', field: 'file' });
      else {
        expect(refused.extensions).toMatchObject({ reason: 'IMPORT_PROBLEMS', field: 'file' });
        expect(refused.extensions?.problems).toEqual([
          'The file is not an Excel workbook (.xlsx). xl/worksheets/sheet1.xml: unpacks to another size than its directory says.',
        ]);
      }
    },
  );

  it.each(ROUTES)('is refused by the %s route when it packs too much per byte', async (method, path) => {
    const dense = xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 100));
    const refused = await send(method, path(), dense, '100 MiB bomb');
    expect(refused).toMatchObject({
      status: 413,
      extensions: { reason: 'ARCHIVE_TOO_LARGE', limit: 'RATIO' },
    });
  });

  it.each(ROUTES)('is refused by the %s route when it holds too many parts', async (method, path) => {
    const parts = Array.from({ length: XLSX_LIMITS.maxEntries }, (_, index) =>
      deflatedEntry(`xl/media/image${index}.png`, ''),
    );
    const crowded = xlsxWith(deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet/>'), parts);
    const refused = await send(method, path(), crowded, 'many parts');
    expect(refused).toMatchObject({
      status: 413,
      extensions: { reason: 'ARCHIVE_TOO_LARGE', limit: 'ENTRIES' },
    });
  });
});
