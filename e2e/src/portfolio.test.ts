import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { startApiProcess } from './global-setup.js';
import { login } from './session.js';

/**
 * The Inspektorat's portfolio as one story, on an API and a database of its own (it opens the
 * quarter's round, which the other files must find unopened): import units, assign an evaluator,
 * open a round, record a finding with a follow-up, the unit answers, the admin verifies — and the
 * dashboard reflects each step.
 */
const REGION = '99.66';
const CSV = [
  'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik',
  `PF-01;Puskesmas Cerita Satu;puskesmas;${REGION};Jl. Cerita 1;dr. Satu;ya`,
  `PF-02;Puskesmas Cerita Dua;puskesmas;${REGION};Jl. Cerita 2;dr. Dua;ya`,
].join('\n');
const FINDING = 'Maklumat pelayanan belum dipasang (cerita portofolio).';
const FOLLOW_UP = 'Pasang maklumat pelayanan di ruang tunggu (cerita portofolio).';
const DAY_MS = 86_400_000;
const dueIn = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

let baseUrl = '';

async function operatorUnitName(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/admin/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ me { unit { name } } }' }),
  });
  const body = (await response.json()) as { data: { me: { unit: { name: string } } } };
  return body.data.me.unit.name;
}

/** The dashboard's figure of units, and its last quarter's findings, open and verified follow-ups. */
async function dashboard(page: Page): Promise<{ units: string; lastQuarter: string[] }> {
  await page.goto(`${baseUrl}/admin/dasbor`);
  const units = page.getByTestId('figure-units').locator('dd');
  await units.waitFor();
  await page.getByTestId('trend-row').first().waitFor({ state: 'attached' });
  const cells = await page.getByTestId('trend-row').last().locator('td, th').allTextContents();
  return { units: (await units.textContent()) ?? '', lastQuarter: cells.slice(-3) };
}

describe.skipIf(browserMissing)('the portfolio, step by step, as the dashboard sees it', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  let admin: Page;
  let operator: Page;
  let unitName = '';

  beforeAll(async () => {
    const api = await startApiProcess();
    baseUrl = api.baseUrl;
    stop = api.stop;
    browser = await launchBrowser();
    admin = await newPage(browser);
    operator = await newPage(browser);
    await login(admin, 'admin@demo.zi.id', { origin: baseUrl });
    await login(operator, 'operator@demo.zi.id', { origin: baseUrl });
    unitName = await operatorUnitName(operator);
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it('imports two units from a file, and the dashboard counts them', async () => {
    expect((await dashboard(admin)).units).toBe('253');
    await admin.goto(`${baseUrl}/admin/kelola?bagian=impor`);
    await admin
      .getByTestId('unit-import-file')
      .setInputFiles({ name: 'unit.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect.poll(() => admin.getByTestId('import-create').textContent()).toBe('2');
    await admin.getByTestId('import-commit').click();
    await admin.getByTestId('import-done').waitFor();
    await expect.poll(async () => (await dashboard(admin)).units).toBe('255');
  });

  it('assigns the evaluator to the new units by kind and region', async () => {
    await admin.goto(`${baseUrl}/admin/kelola?bagian=penugasan`);
    await admin.getByTestId('evaluator-search').fill('evaluator@demo');
    const option = admin.getByTestId('evaluator-option').filter({ hasText: 'Evaluator TPI Demo' });
    await option.locator('input[type="checkbox"]').check();
    await admin.getByTestId('assign-kind').selectOption('PUSKESMAS');
    await admin.getByTestId('assign-region').fill(REGION);
    await expect
      .poll(() => admin.getByTestId('assign-matching').textContent())
      .toBe('Unit aktif yang cocok: 2');
    await admin.getByTestId('assign-submit').click();
    await expect
      .poll(() => admin.getByTestId('assign-done').textContent())
      .toBe('Selesai: 2 unit cocok, 2 penugasan baru atau berubah.');
    const evaluator = await newPage(browser);
    await login(evaluator, 'evaluator@demo.zi.id', { origin: baseUrl });
    await expect.poll(() => evaluator.getByTestId('notification-count').textContent()).toBe('1');
  });

  it('opens the quarter’s round and records a finding with a follow-up: the dashboard shows it open', async () => {
    const before = await dashboard(admin);
    await admin.goto(`${baseUrl}/admin/monev`);
    await admin.getByTestId('open-round-submit').click();
    await admin.waitForURL(/\/admin\/monev\/[\w-]+$/);
    const row = admin
      .getByTestId('round-unit')
      .filter({ has: admin.getByTestId('round-unit-name').getByText(unitName, { exact: true }) });
    await row.getByTestId('record-finding').click();
    const dialog = admin.getByTestId('finding-dialog');
    await dialog.getByTestId('finding-area').selectOption('PUBLIC_SERVICE');
    await dialog.getByTestId('finding-description').fill(FINDING);
    await dialog.getByTestId('recommendation-0-description').fill('Pasang maklumat pelayanan.');
    await dialog.getByTestId('follow-up-0-0-description').fill(FOLLOW_UP);
    await dialog.getByTestId('follow-up-0-0-owner').fill('Kepala subbagian umum');
    await dialog.getByTestId('follow-up-0-0-due').fill(dueIn(10));
    await dialog.getByTestId('finding-save').click();
    await expect.poll(() => row.getByTestId('finding-count').textContent()).toBe('Temuan: 1');

    const after = await dashboard(admin);
    expect(after.lastQuarter).not.toEqual(before.lastQuarter);
    expect(after.lastQuarter).toEqual(['1', '1', '0']);
    await screenshot(admin, 'portfolio-dashboard-open-follow-up');
  });

  it('lets the operator answer it and the admin verify it: the dashboard shows it verified', async () => {
    await operator.goto(`${baseUrl}/admin/tindak-lanjut`);
    const card = operator.getByTestId('follow-up').filter({ hasText: FOLLOW_UP });
    await card.getByTestId('respond-open').click();
    await card.getByTestId('respond-status-DONE').check();
    await card.getByTestId('respond-response').fill('Maklumat sudah dipasang di ruang tunggu.');
    await card.getByTestId('respond-save').click();
    await expect
      .poll(() => card.getByTestId('follow-up-status').textContent())
      .toBe('Selesai, menunggu verifikasi');

    await admin.goto(`${baseUrl}/admin/tindak-lanjut?view=awaiting`);
    const awaiting = admin.getByTestId('follow-up').filter({ hasText: FOLLOW_UP });
    await awaiting.getByTestId('verify').click();
    await expect.poll(() => awaiting.getByTestId('follow-up-status').textContent()).toBe('Terverifikasi');

    expect((await dashboard(admin)).lastQuarter).toEqual(['1', '0', '1']);
    await screenshot(admin, 'portfolio-dashboard-verified');
  });
});
