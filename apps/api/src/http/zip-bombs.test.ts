import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookQueue } from '../common/workbook-queue.js';
import { type ArchiveLimits, UNIT_LIST_LIMITS, WORKSHEET_LIMITS } from '../common/zip-limits.js';
import { createTestApp, signInAs, type TestApp } from '../test/harness.js';
import { bombEntry, deflatedEntry, hiddenBomb, xlsxWith } from '../test/zip-builder.js';

let app: TestApp;
let cookie = '';
let draftAssessment = '';

beforeAll(async () => {
  app = await createTestApp();
  cookie = await signInAs(app, 'admin');
  const [row] = (await app.dataSource.query(
    "SELECT id FROM assessment WHERE status = 'draft' ORDER BY year DESC LIMIT 1",
  )) as { id: string }[];
  draftAssessment = Buffer.from(`Assessment:${row?.id}`).toString('base64url');
});
afterAll(() => app.close());

/** Both routes that read an uploaded workbook, the unit import and the worksheet's answers, with their limits. */
const ROUTES = [
  ['POST', () => '/admin/units/import?commit=true', UNIT_LIST_LIMITS],
  ['PUT', () => `/admin/assessments/${draftAssessment}/lke.xlsx`, WORKSHEET_LIMITS],
] as const satisfies ReadonlyArray<readonly [string, () => string, ArchiveLimits]>;

/** How each route says a file is unreadable: the unit import by reason, the worksheet as its problem. */
function expectUnreadable(
  method: string,
  refused: { status: number; extensions?: Record<string, unknown> },
  why: string,
) {
  expect(refused.status).toBe(400);
  if (method === 'POST')
    expect(refused.extensions).toMatchObject({ reason: 'UNREADABLE_FILE', field: 'file' });
  else {
    expect(refused.extensions).toMatchObject({ reason: 'IMPORT_PROBLEMS', field: 'file' });
    expect(refused.extensions?.problems).toEqual([`The file is not an Excel workbook (.xlsx).${why}`]);
  }
}

/** Sends a file the way the portal does; prints how long the answer took (not asserted). */
async function send(method: string, path: string, file: Buffer, what: string) {
  const started = performance.now();
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { cookie, 'apollo-require-preflight': 'true', 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json()) as { errors?: Array<{ extensions: Record<string, unknown> }> };
  const milliseconds = Math.round(performance.now() - started);
  console.log(
    `${what}: ${method} ${path.split('?')[0]?.replace(draftAssessment, ':id')} → ${response.status} in ${milliseconds} ms`,
  );
  return {
    status: response.status,
    extensions: body.errors?.[0]?.extensions,
    retryAfter: response.headers.get('retry-after'),
    milliseconds,
  };
}

describe('an .xlsx zip bomb', () => {
  // 1 MiB on the wire, 1 GiB unpacked: what answered 500 after seconds and a gigabyte of memory.
  const bomb = xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 1024));

  it.each(ROUTES)(
    'is refused by the %s route as too large, before it is unpacked',
    async (method, path, limits) => {
      expect(bomb.length).toBeLessThan(1_100_000);
      const refused = await send(method, path(), bomb, '1 GiB bomb');
      expect(refused).toMatchObject({
        status: 413,
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'file',
          reason: 'ARCHIVE_TOO_LARGE',
          limit: 'UNPACKED_SIZE',
          max: limits.maxUnpackedBytes,
        },
      });
    },
  );

  it.each(ROUTES)(
    'is refused by the %s route when its directory lies about the sizes',
    async (method, path) => {
      // Under every declared limit: only unpacking shows 1 GiB where the directory says 4 KiB.
      const liar = xlsxWith({ ...bombEntry('xl/worksheets/sheet1.xml', 1024), declaredSize: 4_096 });
      expectUnreadable(
        method,
        await send(method, path(), liar, 'lying bomb'),
        ' xl/worksheets/sheet1.xml: unpacks to another size than its directory says.',
      );
    },
  );

  // What jszip, which exceljs unzips with, would read: a directory naming 300 MiB, hidden in the
  // real end record's comment, behind a Zip64 locator there, or between the directory and the end
  // record. Before, the unit import answered 500 after 3 s and the worksheet import took 760 MB.
  it.each(
    ROUTES.flatMap(([method, path]) =>
      (['comment', 'zip64-locator', 'gap'] as const).map((hiding) => [method, hiding, path] as const),
    ),
  )(
    'is refused by the %s route when a second directory hides where jszip looks (%s)',
    async (method, hiding, path) => {
      const smuggler = hiddenBomb(bombEntry('xl/worksheets/sheet1.xml', 300), hiding);
      const refused = await send(method, path(), smuggler, `bomb behind a hidden directory (${hiding})`);
      expectUnreadable(
        method,
        refused,
        hiding === 'gap'
          ? ' The zip archive holds bytes its directory does not name.'
          : ' The zip archive hides another directory after its end record.',
      );
      expect(refused.milliseconds).toBeLessThan(2_000);
    },
  );

  it.each(ROUTES)('is refused by the %s route when it packs too much per byte', async (method, path) => {
    // Under both routes' totals, at about 1,000 bytes unpacked per packed byte.
    const dense = xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 3));
    const refused = await send(method, path(), dense, '3 MiB bomb');
    expect(refused).toMatchObject({
      status: 413,
      extensions: { reason: 'ARCHIVE_TOO_LARGE', limit: 'RATIO' },
    });
  });

  it.each(ROUTES)('is refused by the %s route when it holds too many parts', async (method, path, limits) => {
    const parts = Array.from({ length: limits.maxEntries }, (_, index) =>
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

describe('the limits of each route', () => {
  it('refuses for the worksheet a file the unit import takes', async () => {
    // Six parts of 1 MiB, each within the ratio: more than a worksheet ever holds, little for 100,000 units.
    const parts = Array.from({ length: 6 }, (_, index) => bombEntry(`xl/media/image${index}.bin`, 1));
    const file = xlsxWith(deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet/>'), parts);
    const [unitImport, worksheet] = ROUTES;
    const taken = await send(unitImport[0], unitImport[1](), file, 'six MiB');
    expect(taken.extensions?.reason).not.toBe('ARCHIVE_TOO_LARGE');
    const refused = await send(worksheet[0], worksheet[1](), file, 'six MiB');
    expect(refused).toMatchObject({
      status: 413,
      extensions: {
        reason: 'ARCHIVE_TOO_LARGE',
        limit: 'UNPACKED_SIZE',
        max: WORKSHEET_LIMITS.maxUnpackedBytes,
      },
    });
  });
});

describe('a workbook exceljs cannot read', () => {
  // A sound zip whose XML is not: exceljs throws its parser's error (or a TypeError), which the unit
  // import answered with a 500.
  const garbage = xlsxWith(deflatedEntry('xl/workbook.xml', '<<<not xml'), [
    deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v>'),
  ]);

  it.each(ROUTES)('is refused by the %s route as unreadable', async (method, path) => {
    expectUnreadable(method, await send(method, path(), garbage, 'garbage XML'), '');
  });
});

describe('workbooks read at once', () => {
  it.each(ROUTES)('are one at a time: the %s route answers 503 when too many wait', async (method, path) => {
    const reading = await workbookQueue.turn();
    const waiting = Array.from({ length: workbookQueue.limits.maxWaiting }, () => workbookQueue.turn());
    try {
      const sheet = xlsxWith(deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet/>'));
      expect(await send(method, path(), sheet, 'queue full')).toMatchObject({
        status: 503,
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'WORKBOOK_QUEUE_FULL' },
        retryAfter: '5',
      });
    } finally {
      reading();
      for (const turn of waiting) (await turn)();
    }
  });
});
