import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage } from './browser.js';
import { login } from './session.js';

describe.skipIf(browserMissing)('the evaluation report (LHE)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes the Inspektorat’s letterhead from the units page, and says which field is wrong', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/`);
    const form = page.getByTestId('letterhead');
    await form.waitFor();
    await form.getByTestId('letterhead-inspekturName').fill('Dr. Siti Rahma, M.Si.');
    await form.getByTestId('letterhead-inspekturNip').fill('1970');
    await form.getByTestId('letterhead-save').click();
    await expect
      .poll(() => form.getByTestId('letterhead-inspekturNip-error').textContent())
      .toBe('NIP terdiri atas 18 angka, tanpa spasi.');
    await form.getByTestId('letterhead-inspekturNip').fill('197001011995032001');
    await form.getByTestId('letterhead-save').click();
    await expect.poll(() => form.getByTestId('letterhead-saved').textContent()).toContain('Tersimpan');
    // The proposal letters start from their default wording, ready to edit.
    expect(await page.getByTestId('letter-SPTJM').inputValue()).toContain(
      'Yang bertanda tangan di bawah ini',
    );
  });

  it('is issued from the portal once the TPI approved, its code checks out on the public site, and a revision replaces it there', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=TPI_EVALUATED`);
    await page.getByTestId('unit-row').first().getByTestId('lke-link').click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);

    await page.getByTestId('issue-lhe').click();
    const issued = page.getByTestId('lhe-issued');
    await issued.waitFor();
    const text = (await issued.textContent()) ?? '';
    const number = /nomor (\S+),/.exec(text)?.[1];
    const code = /LHE-[0-9A-Z]{10}/.exec(text)?.[0];
    expect(number).toMatch(/LHE-ZI\/\d{4}$/);
    expect(code).toBeDefined();
    expect(await page.getByTestId('issue-lhe').count()).toBe(0);

    // The issued file is what every download gives.
    const href = (await page.getByTestId('download-lhe').getAttribute('href')) ?? '';
    const [first, second] = [
      await page.request.get(`${baseUrl}${href}`),
      await page.request.get(`${baseUrl}${href}`),
    ];
    expect((await first.body()).equals(await second.body())).toBe(true);

    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl}/verifikasi?kode=${code}`);
    const found = visitor.getByTestId('lhe-found');
    await found.waitFor();
    expect(await found.textContent()).toContain(number);

    // A correction is a revision with the next number; the first code then says it was replaced.
    await page.getByTestId('revise-lhe').click();
    await page.getByTestId('revise-lhe-reason').fill('Nama ketua tim pada halaman tanda tangan keliru.');
    await page.getByTestId('revise-lhe-submit').click();
    await expect
      .poll(() => page.getByTestId('lhe-revision').textContent())
      .toBe('Revisi ke-1. Alasan: Nama ketua tim pada halaman tanda tangan keliru.');
    const revisedNumber = /nomor (\S+),/.exec((await issued.textContent()) ?? '')?.[1];
    expect(revisedNumber).not.toBe(number);
    await visitor.reload();
    const superseded = visitor.getByTestId('lhe-superseded');
    await superseded.waitFor();
    expect(await superseded.textContent()).toContain(`Nomor ${revisedNumber}`);
  });
});
