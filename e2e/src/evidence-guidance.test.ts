import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login } from './session.js';

const CODE = 'A.I.1.i.a';
const OWN_WORDS = 'SK Tim Kerja ZI tahun berjalan, ditandatangani kepala unit';
const question = (page: Page) => page.locator(`[id="q-${CODE}"]`);
const guidance = (page: Page) => question(page).getByTestId('evidence-guidance');

/** The unit's layer of the last worksheet a unit has submitted, opened from the evaluator's queue. */
async function submittedWorksheet(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/admin/antrian`);
  await page
    .getByTestId('queue-row')
    .filter({ hasText: 'Diajukan ke TPI' })
    .last()
    .getByTestId('queue-link')
    .click();
  await page.waitForURL(/\/admin\/assessments\/[\w-]+/);
  const url = new URL(page.url());
  url.search = '?layer=UNIT';
  return url.toString();
}

async function openQuestion(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('area-section').first().locator(':scope > summary').click();
  await guidance(page).locator(':scope > summary').click();
}

describe.skipIf(browserMissing)('evidence guidance beside each question', () => {
  let browser: Browser;
  let evaluator: Page;
  let admin: Page;
  let worksheet: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    evaluator = await newPage(browser);
    admin = await newPage(browser);
    await login(evaluator, 'evaluator@demo.zi.id');
    await login(admin, 'admin@demo.zi.id');
    worksheet = await submittedWorksheet(evaluator);
  });
  afterAll(() => browser?.close());

  it('shows the evaluator what the unit attached beside what the question expects, from the criteria', async () => {
    await openQuestion(evaluator, worksheet);
    // The demo's submitted worksheets carry evidence, named as the guidance suggests.
    expect(await question(evaluator).getByTestId('evidence-item').first().textContent()).toContain(
      'SK Kepala Unit tentang Tim Kerja Pembangunan Zona Integritas',
    );
    expect(await guidance(evaluator).locator(':scope > summary').textContent()).toBe(
      'Bukti dukung yang diharapkan (2)',
    );
    expect(await guidance(evaluator).getByTestId('guidance-expected').textContent()).toContain(
      'Bukti menunjukkan: Tim telah dibentuk di dalam unit kerja.',
    );
    // Only the Inspektorat rewrites it.
    expect(await guidance(evaluator).getByTestId('guidance-edit').count()).toBe(0);
    expect(await seriousViolations(evaluator)).toEqual([]);
  });

  it('lets the Inspektorat rewrite a question’s guidance for its units, and restore the default', async () => {
    await openQuestion(admin, worksheet);
    await guidance(admin).getByTestId('guidance-edit').click();
    await guidance(admin).getByTestId('guidance-expected-field').fill(`${OWN_WORDS}\n\n`);
    await guidance(admin).getByTestId('guidance-examples-field').fill('SK Nomor 800/12/2026');
    await guidance(admin).getByTestId('guidance-save').click();
    await expect
      .poll(() => guidance(admin).locator(':scope > summary').textContent())
      .toBe('Bukti dukung yang diharapkan (1) — disesuaikan Inspektorat');
    await screenshot(admin, 'admin-evidence-guidance');

    // The evaluator reads the instansi's words from then on.
    await openQuestion(evaluator, worksheet);
    expect(await guidance(evaluator).getByTestId('guidance-expected').textContent()).toBe(OWN_WORDS);
    expect(await guidance(evaluator).getByTestId('guidance-examples').textContent()).toBe(
      'SK Nomor 800/12/2026',
    );

    await guidance(admin).getByTestId('guidance-edit').click();
    await guidance(admin).getByTestId('guidance-reset').click();
    await expect
      .poll(() => guidance(admin).locator(':scope > summary').textContent())
      .toBe('Bukti dukung yang diharapkan (2)');
  });
});
