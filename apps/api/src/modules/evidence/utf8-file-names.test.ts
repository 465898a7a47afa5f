import { randomUUID } from 'node:crypto';
import {
  FollowUpFilesDocument,
  LayerEvidenceDocument,
  MeDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  repairedName,
  Utf8FileNames1765000000000,
} from '../../db/migrations/1765000000000-utf8-file-names.js';
import { recordFollowUps } from '../../test/follow-ups.js';
import { createTestApp, type Portal, portal, signInEach, type TestApp } from '../../test/harness.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const NAME = 'Laporan Triwulan – ünï.pdf';

let app: TestApp;
let cookies: Record<string, string>;
let assessmentId: string;
let followUpId: string;
let asOperator: Portal<string>;

type NameHeader = 'raw' | 'extended';

/**
 * A multipart body written by hand, so the test says exactly how the name travels: as raw UTF-8
 * bytes in `filename="…"` (what browsers send) or as RFC 5987 `filename*=UTF-8''…`.
 */
function multipart(fields: Record<string, string>, name: string, header: NameHeader) {
  const boundary = `zi-${randomUUID()}`;
  const disposition =
    header === 'raw'
      ? `filename="${name}"`
      : `filename="laporan.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;
  const parts = [
    ...Object.entries(fields).map(
      ([field, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`,
    ),
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n`,
  ];
  return {
    body: Buffer.concat([Buffer.from(parts.join('')), PDF, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function post(path: string, fields: Record<string, string>, name: string, header: NameHeader) {
  const { body, contentType } = multipart(fields, name, header);
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    body,
    headers: {
      cookie: cookies.operator ?? '',
      'content-type': contentType,
      'apollo-require-preflight': 'true',
    },
  });
  expect(response.status).toBe(201);
  return response;
}

/** The name a download offers, from its RFC 5987 `filename*`. */
async function downloadedName(path: string): Promise<string> {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie: cookies.operator ?? '' } });
  expect(response.status).toBe(200);
  const extended = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  return decodeURIComponent(extended?.[1] ?? '');
}

/** The unit layer's evidence for one question, as the worksheet lists it. */
const evidenceNamed = async (code: string) => {
  const result = await asOperator(LayerEvidenceDocument, { id: assessmentId, layer: 'UNIT' });
  return (result.data?.assessment?.layer.evidence ?? []).filter((item) => item.code === code);
};

const followUpFiles = async () =>
  (await asOperator(FollowUpFilesDocument, { id: followUpId })).data?.followUp?.files ?? [];

beforeAll(async () => {
  app = await createTestApp({ evidenceMaxBytes: 64 * 1024 });
  cookies = await signInEach(app, ['admin', 'operator']);
  asOperator = portal(app, cookies, 'operator');
  const unitId = (await asOperator(MeDocument, {})).data?.me?.unit?.id ?? '';
  const started = await asOperator(StartAssessmentDocument, { input: { unitId, year: 2026 } });
  assessmentId = started.data?.startAssessment.id ?? '';
  [followUpId = ''] = await recordFollowUps(app, cookies.admin, unitId, {
    finding: 'Laporan triwulan belum diunggah.',
    recommendation: 'Unggah laporan triwulan.',
    followUps: ['Unggah laporan.'],
  });
});
afterAll(() => app.close());

describe('UTF-8 file names', () => {
  // Browsers send the raw form, which was misread; the RFC 5987 form always read right and must stay so.
  it('keeps an evidence file’s name sent as raw UTF-8 or as filename*, in the API and the download', async () => {
    for (const [header, code] of [
      ['raw', 'A.I.1.i.a'],
      ['extended', 'A.I.1.i.b'],
    ] as const) {
      const response = await post('/admin/evidence', { assessmentId, layer: 'UNIT', code }, NAME, header);
      const body = (await response.json()) as { evidence: Array<{ name: string }> };
      const [stored] = await evidenceNamed(code);
      expect([header, body.evidence[0]?.name, stored?.name]).toEqual([header, NAME, NAME]);
      expect(await downloadedName(stored?.downloadUrl ?? '')).toBe(NAME);
    }
  });

  it('keeps a follow-up file’s name sent as raw UTF-8 or as filename*, in the API and the download', async () => {
    for (const header of ['raw', 'extended'] as const) {
      const before = (await followUpFiles()).length;
      await post(`/admin/follow-ups/${followUpId}/files`, {}, NAME, header);
      const added = (await followUpFiles())[before];
      expect([header, added?.name]).toEqual([header, NAME]);
      expect(await downloadedName(added?.downloadUrl ?? '')).toBe(NAME);
    }
  });

  it('keeps a name as one form of its letters (NFC), as macOS may send them decomposed', async () => {
    await post(
      '/admin/evidence',
      { assessmentId, layer: 'UNIT', code: 'A.I.1.ii.a' },
      'Rekap Ü.pdf'.normalize('NFD'),
      'raw',
    );
    expect((await evidenceNamed('A.I.1.ii.a'))[0]?.name).toBe('Rekap Ü.pdf'.normalize('NFC'));
  });
});

describe('repairing names stored garbled', () => {
  /** The name as the old parser stored it: UTF-8 bytes read as latin1, control characters dropped. */
  const garbled = (name: string) =>
    Buffer.from(name)
      .toString('latin1')
      .replace(/\p{Cc}/gu, '');
  const storeGarbled = (table: string, name: string) =>
    app.dataSource.query(`UPDATE ${table} SET name = $1 WHERE name = $2`, [garbled(name), name]);

  it.each([
    ['Laporan Triwulan â Ã¼nÃ¯.pdf', 'Laporan Triwulan \uFFFD ünï.pdf'],
    ['Café.pdf', null],
    ['½ bagian.pdf', null],
    ['Ünï.pdf', null],
    ['Rekap – ünï.pdf', null],
    ['Rekap.pdf', null],
  ])('reads %j back as %j', (stored, repaired) => {
    expect(repairedName(stored)).toBe(repaired);
  });

  it('re-reads latin1-misread UTF-8 in evidence and follow-up files, and leaves genuine names alone', async () => {
    const code = 'A.I.2.i.a';
    const names = ['SK Tim – Ünï.pdf', 'Café.pdf', 'Rekap ünï.pdf', 'Pakta ünï – ok.pdf', 'Ã.pdf'];
    for (const name of names)
      await post('/admin/evidence', { assessmentId, layer: 'UNIT', code }, name, 'raw');
    await post(`/admin/follow-ups/${followUpId}/files`, {}, 'Foto rapat – Ünï.pdf', 'raw');
    // Every byte survived: repaired exactly.
    await storeGarbled('evidence', 'Rekap ünï.pdf');
    // The dash's bytes 0x80 0x93 were dropped as control characters: what is left is repaired,
    // what was lost is marked.
    await storeGarbled('evidence', 'Pakta ünï – ok.pdf');
    await storeGarbled('follow_up_file', 'Foto rapat – Ünï.pdf');
    expect((await evidenceNamed(code)).map((row) => row.name)).toContain('Rekap Ã¼nÃ¯.pdf');
    expect((await followUpFiles()).map((row) => row.name)).toContain(
      'Foto rapat â ÃnÃ¯.pdf'.replace('\u009c', ''),
    );

    const runner = app.dataSource.createQueryRunner();
    try {
      await new Utf8FileNames1765000000000().up(runner);
    } finally {
      await runner.release();
    }

    expect((await evidenceNamed(code)).map((row) => row.name)).toEqual([
      'SK Tim – Ünï.pdf',
      'Café.pdf',
      'Rekap ünï.pdf',
      'Pakta ünï \uFFFD ok.pdf',
      'Ã.pdf',
    ]);
    expect((await followUpFiles()).map((row) => row.name)).toContain('Foto rapat \uFFFD \uFFFDnï.pdf');
  });
});
