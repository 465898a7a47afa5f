import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login } from './session.js';

/** The smallest file the API takes for a PDF: its type is read from these bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * A day some weeks ahead, as `YYYY-MM-DD`: deadlines still open, so the worksheets the other tests
 * fill and evaluate stay writable.
 */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A `YYYY-MM-DD` day as the Indonesian pages write it ("21 Januari 2027"). */
const inWords = (day: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

describe.skipIf(browserMissing)('LKE deadlines, reopening, the second review and evidence', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the admin set the 2026 deadlines and shows them on a worksheet’s header', async () => {
    const fillUntil = daysAhead(60);
    const reviewUntil = daysAhead(90);
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=BUILDING&lkeYear=2026`);
    const form = page.getByTestId('window-form');
    expect(await form.locator('h2').textContent()).toBe('Tenggat LKE 2026');

    // Evaluation cannot end before filling: the form says so beside the field, before asking the API.
    await page.getByTestId('window-fillUntil').fill(fillUntil);
    await page.getByTestId('window-reviewUntil').fill(daysAhead(30));
    await page.getByTestId('window-save').click();
    expect(await page.getByTestId('window-reviewUntil-error').textContent()).toBe(
      'Evaluasi tidak dapat berakhir sebelum pengisian berakhir.',
    );
    await page.getByTestId('window-reviewUntil').fill(reviewUntil);
    await page.getByTestId('window-save').click();
    await expect.poll(() => page.getByTestId('window-saved').textContent()).toBe('Tenggat tersimpan.');

    // They are stored: a reload reads them back.
    await page.reload();
    await expect.poll(() => page.getByTestId('window-fillUntil').inputValue()).toBe(fillUntil);
    expect(await page.getByTestId('window-reviewUntil').inputValue()).toBe(reviewUntil);
    await screenshot(page, 'admin-deadlines-form');

    // A worksheet of that year shows them; the Inspektorat may give it more time even before they pass.
    const row = page
      .getByTestId('unit-row')
      .filter({ has: page.getByTestId('assessment-status').getByText('Diisi unit', { exact: true }) })
      .first();
    await row.getByTestId('lke-link').click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);
    await expect
      .poll(() => page.getByTestId('deadline-fill').textContent())
      .toBe(`Pengisian oleh unit sampai: ${inWords(fillUntil)}`);
    expect(await page.getByTestId('deadline-review').textContent()).toBe(
      `Evaluasi oleh TPI sampai: ${inWords(reviewUntil)}`,
    );
    expect(await page.getByTestId('reopen-layer').count()).toBe(1);

    // Deadlines changed after the worksheet was read show on it at once, without a reload.
    const laterFill = daysAhead(61);
    await page.locator('.back-link').click();
    await page.getByTestId('window-fillUntil').fill(laterFill);
    await page.getByTestId('window-save').click();
    await expect.poll(() => page.getByTestId('window-saved').textContent()).toBe('Tenggat tersimpan.');
    await row.getByTestId('lke-link').click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);
    await expect
      .poll(() => page.getByTestId('deadline-fill').textContent())
      .toBe(`Pengisian oleh unit sampai: ${inWords(laterFill)}`);

    // A PDF uploaded as evidence opens in place, served inline by the API.
    await page.getByTestId('area-section').first().locator(':scope > summary').click();
    await page.getByTestId('evidence-input-A.I.1.i.a').setInputFiles({
      name: 'notulen-rapat-zi.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const item = page
      .getByTestId('evidence-A.I.1.i.a')
      .getByTestId('evidence-item')
      .filter({ hasText: 'notulen-rapat-zi.pdf' });
    await item.getByTestId('evidence-preview-button').click();
    const preview = page.getByTestId('evidence-preview');
    const frame = preview.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('title')).toBe('Pratinjau notulen-rapat-zi.pdf');
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src).toMatch(/^\/admin\/evidence\/[\w-]+\?inline=1$/);
    const response = await page.request.get(`${baseUrl}${src}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline;/);
    expect(await preview.getByRole('link').getAttribute('href')).toBe(src.replace('?inline=1', ''));
    await screenshot(page, 'admin-evidence-preview');
    await preview.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => preview.isVisible()).toBe(false);

    // A file the API refuses is named with the reason, in the viewer's language.
    await page.getByTestId('evidence-input-A.I.1.i.a').setInputFiles({
      name: 'catatan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('bukan dokumen yang diterima'),
    });
    await expect
      .poll(() => page.getByTestId('upload-error').textContent())
      .toMatch(/^catatan\.txt: jenis berkas ini tidak diterima\. Yang diterima: PDF/);
  });

  it('reopens a layer after its deadline for one worksheet, and shows until when and why', async () => {
    const until = daysAhead(7);
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=WBK&lkeYear=2023`);
    await page.getByTestId('window-fillUntil').fill('2023-08-31');
    await page.getByTestId('window-reviewUntil').fill('2023-09-30');
    await page.getByTestId('window-save').click();
    await expect.poll(() => page.getByTestId('window-saved').textContent()).toBe('Tenggat tersimpan.');

    await page.getByTestId('lke-link').first().click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);
    await page.getByTestId('reopen-layer').click();
    await page.getByTestId('reopen-until').fill(until);
    await page.getByTestId('reopen-reason').fill('Dokumen unit hilang saat pindah gedung.');
    await page.getByTestId('reopen-confirm').click();

    // The worksheet asks again: the layer is open until that day, and may be kept open only later still.
    await expect
      .poll(() => page.getByTestId('reopened').textContent())
      .toBe(`Dibuka kembali hingga ${inWords(until)}: Dokumen unit hilang saat pindah gedung.`);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('reopened').textContent())
      .toContain('Dokumen unit hilang saat pindah gedung.');
    await page.getByTestId('reopen-layer').click();
    expect(await page.getByTestId('reopen-until').getAttribute('min')).toBe(daysAhead(8));
    await page.getByTestId('reopen-dialog').getByRole('button', { name: 'Batal' }).click();
    // The TPI's layer has its own deadline, passed and not reopened.
    await page.getByTestId('layer-tab-TPI').click();
    await page.waitForURL(/layer=TPI/);
    await page.getByTestId('reopen-layer').waitFor();
    // The unit's notice may stand a moment longer, until the TPI's deadlines are shown.
    await expect.poll(() => page.getByTestId('reopened').textContent()).toBe('');
    await screenshot(page, 'admin-reopened');
  });

  it('lets the admin turn the team lead’s review off and on again', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    const setting = page.getByTestId('second-review');
    const required = page.getByTestId('second-review-required');
    const saved = page.getByTestId('second-review-saved');
    expect(await setting.locator('h2').textContent()).toBe('Reviu kedua oleh ketua tim');
    // The demo instansi requires it.
    expect(await required.isChecked()).toBe(true);

    await required.uncheck();
    await expect
      .poll(() => saved.textContent())
      .toBe('Tersimpan: persetujuan TPI langsung menyelesaikan evaluasi.');
    await page.reload();
    await expect.poll(() => required.isChecked()).toBe(false);

    await required.check();
    await expect
      .poll(() => saved.textContent())
      .toBe('Tersimpan: persetujuan TPI kini menunggu konfirmasi ketua tim.');
    await page.reload();
    await expect.poll(() => required.isChecked()).toBe(true);
    await setting.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-second-review');
  });
});
