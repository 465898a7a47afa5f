import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage } from './browser.js';
import { login } from './session.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.skipIf(browserMissing)('the worksheet as a file', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('imports a downloaded worksheet back from the portal (a PUT the API guards against CSRF)', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=BUILDING`);
    await page.getByTestId('lke-link').first().click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);

    const href = await page.getByTestId('download-xlsx').getAttribute('href');
    const exported = await page.request.get(`${baseUrl}${href}`);
    expect(exported.status()).toBe(200);
    const puts: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'PUT') puts.push(response.status());
    });

    await page
      .getByTestId('import-xlsx-unit')
      .setInputFiles({ name: 'lke.xlsx', mimeType: XLSX, buffer: await exported.body() });
    await page.getByText('Jawaban unit berhasil diimpor.').waitFor();
    expect(puts).toEqual([200]);
  });
});
