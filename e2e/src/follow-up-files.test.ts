import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { adminApi, jakartaDay, login } from './session.js';

const DAY_MS = 86_400_000;
const FOLLOW_UP = 'Unggah SK tim kerja ZI yang sudah ditandatangani (uji e2e berkas).';
const FILE_NAME = 'SK Tim Kerja ZI.pdf';
const FILE_LINK = /^\/admin\/follow-up-files\/[0-9a-f-]{36}\?inline=1$/;

/** The smallest well-formed PDF: one empty page, with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/**
 * A follow-up of its own for the operator's unit, left by a coaching session the admin records
 * through the API: unlike a finding, it needs no open monitoring round, whose opening belongs to
 * the monitoring test.
 */
async function createFollowUp(admin: Page, unitId: string): Promise<void> {
  const yesterday = Date.now() - DAY_MS;
  await adminApi(
    admin,
    'mutation($input: CoachingSessionInput!) { scheduleCoachingSession(input: $input) { id } }',
    {
      input: {
        kind: 'COACHING',
        topic: 'Klinik bukti dukung tindak lanjut (uji e2e berkas)',
        startsAt: new Date(yesterday).toISOString(),
        endsAt: new Date(yesterday + 2 * 3_600_000).toISOString(),
        place: 'Ruang rapat Inspektorat',
        unitIds: [unitId],
        followUps: [{ unitId, description: FOLLOW_UP, ownerName: 'Sekretaris dinas', dueOn: jakartaDay(3) }],
      },
    },
  );
}

describe.skipIf(browserMissing)('files attached to a follow-up', () => {
  let browser: Browser;
  let admin: Page;
  let operator: Page;
  let listUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    operator = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
    await login(operator, 'operator@demo.zi.id');
    const { me } = await adminApi<{ me: { unit: { id: string } } }>(operator, '{ me { unit { id } } }');
    await createFollowUp(admin, me.unit.id);
    listUrl = `${baseUrl}/admin/tindak-lanjut?unit=${encodeURIComponent(me.unit.id)}`;
  });
  afterAll(() => browser?.close());

  const card = (page: Page) => page.getByTestId('follow-up').filter({ hasText: FOLLOW_UP });
  /** The file links of the card itself, not of the answer form inside it. */
  const cardLinks = (page: Page) =>
    card(page).getByTestId('follow-up-files').getByTestId('follow-up-file-link');

  it('lets the operator attach a PDF while answering, refusing a program disguised as one', async () => {
    await operator.goto(listUrl);
    await card(operator).waitFor();
    await card(operator).getByTestId('respond-open').click();
    const input = card(operator).getByTestId('follow-up-file-input');

    await input.setInputFiles({
      name: 'program.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0)]),
    });
    await expect
      .poll(() => card(operator).getByTestId('upload-error').textContent())
      .toMatch(/^program\.pdf: jenis berkas ini tidak diterima\. Yang diterima: PDF, /);

    await input.setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: minimalPdf() });
    await expect.poll(() => cardLinks(operator).count()).toBe(1);
    expect(await cardLinks(operator).getAttribute('href')).toMatch(FILE_LINK);
    expect(await cardLinks(operator).getAttribute('target')).toBe('_blank');
    expect(await cardLinks(operator).textContent()).toBe(`${FILE_NAME} (dibuka di tab baru)`);
    expect(
      await card(operator).getByTestId('follow-up-files').getByTestId('follow-up-file-remove').count(),
    ).toBe(1);
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-follow-up-files');
  });

  it('shows the file to the Inspektorat, served with the session and to nobody without it', async () => {
    await admin.goto(listUrl);
    await expect.poll(() => cardLinks(admin).count()).toBe(1);
    expect(await cardLinks(admin).textContent()).toBe(`${FILE_NAME} (dibuka di tab baru)`);
    const href = (await cardLinks(admin).getAttribute('href')) ?? '';
    expect(href).toMatch(FILE_LINK);

    const opened = await admin.request.get(`${baseUrl}${href}`);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect(opened.headers()['content-disposition']).toMatch(/^inline; filename="SK Tim Kerja ZI\.pdf"/);
    expect((await opened.body()).equals(minimalPdf())).toBe(true);
    expect((await fetch(`${baseUrl}${href}`)).status).toBe(404);
    await screenshot(admin, 'admin-follow-up-files');
  });

  it('lists every file of several picked at once, without a reload', async () => {
    await operator.goto(listUrl);
    await card(operator).getByTestId('respond-open').click();
    const batch = ['Foto papan 1.pdf', 'Foto papan 2.pdf', 'Foto papan 3.pdf'].map((name) => ({
      name,
      mimeType: 'application/pdf',
      // Different bytes, so each is its own stored file.
      buffer: Buffer.concat([minimalPdf(), Buffer.from(`% ${name}\n`)]),
    }));
    await card(operator).getByTestId('follow-up-file-input').setInputFiles(batch);
    await expect.poll(() => cardLinks(operator).count()).toBe(4);
  });
});
