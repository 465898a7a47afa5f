import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login } from './session.js';

const SCORE = /^\d{1,3},\d{2}$/;

const total = (page: Page) => page.getByTestId('worksheet-total').textContent();

describe.skipIf(browserMissing)('LKE worksheet', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('opens from the units list and shows scores, eligibility, answers and the TPI layer', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=TPI_EVALUATED`);
    const row = page.getByTestId('unit-row').first();
    await expect.poll(() => row.getByTestId('assessment-status').textContent()).toBe('Selesai dievaluasi');
    await row.getByTestId('lke-link').click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);

    await expect.poll(() => total(page)).toMatch(SCORE);
    const unitTotal = await total(page);
    expect(await page.title()).toMatch(/^LKE 2026 · /);
    // The layer's eligibility, priorities and answers load after the header.
    await page.getByTestId('eligibility-WBK').waitFor();
    expect(await page.getByTestId('eligibility-WBBM').count()).toBe(1);
    expect(await page.getByTestId('eligibility-WBK').getByTestId('rule-row').count()).toBeGreaterThan(5);
    // Each target has its own thresholds (WBBM's are higher).
    expect(await page.getByTestId('eligibility-WBK').textContent()).toContain('Nilai total ≥ 75');
    expect(await page.getByTestId('eligibility-WBBM').textContent()).toContain('Nilai total ≥ 85');

    const area = page.getByTestId('area-section').first();
    await area.locator('summary').click();
    const question = area.getByTestId('question-row').first();
    await question.waitFor();
    expect(await question.textContent()).toContain('A.I.1.i.a');
    expect(await question.getByTestId('answer').textContent()).toMatch(/^(Ya|Tidak)$/);

    await page.getByTestId('layer-tab-TPI').click();
    await expect.poll(() => page.url()).toContain('layer=TPI');
    await expect.poll(() => total(page)).not.toBe(unitTotal);
    expect(await total(page)).toMatch(SCORE);
    expect(await page.getByTestId('layer-tab-TPI').getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.getByTestId('layer-details').getAttribute('aria-busy')).toBe('false');
    // The area opened on the unit's layer stays open on the TPI's, for comparing answers.
    expect(await area.getAttribute('open')).not.toBeNull();
    await screenshot(page, 'admin-worksheet');
  });

  it('shows an evaluator no worksheet of a unit not assigned to them', async () => {
    const admin = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
    await admin.goto(`${baseUrl}/admin/?stage=BUILDING`);
    const link = admin.getByTestId('lke-link').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/admin\/assessments\//);

    const evaluator = await newPage(browser);
    await login(evaluator, 'evaluator@demo.zi.id');
    await evaluator.goto(`${baseUrl}/admin/?stage=BUILDING`);
    await expect.poll(() => evaluator.getByTestId('total-count').textContent()).toContain(': 0');
    await evaluator.goto(`${baseUrl}${href}`);
    await evaluator.getByTestId('not-found').waitFor();
    expect(await evaluator.getByTestId('worksheet-total').count()).toBe(0);
    expect(await evaluator.title()).toMatch(/^LKE tidak ditemukan/);
  });

  it('refuses a note longer than the API keeps beside the note, sending nothing, until it is shortened', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/?stage=BUILDING`);
    await page.getByTestId('lke-link').first().click();
    await page.waitForURL(/\/admin\/assessments\/[\w-]+$/);
    await page.getByTestId('area-section').first().locator(':scope > summary').click();
    const note = page.getByTestId('note-A.I.1.i.a');
    const saved = await note.inputValue();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/admin/graphql') && request.postData()?.includes('SetAnswers'))
        sent.push(request.url());
    });

    await note.fill('x'.repeat(5000));
    const error = page.getByTestId('note-error-A.I.1.i.a');
    await expect.poll(() => error.textContent()).toBe('Paling banyak 4.000 karakter.');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('invalid');
    expect(await status.textContent()).toBe('1 isian ditolak (A.I.1.i.a): perbaiki isinya.');
    await error.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-worksheet-note-too-long');

    // Back to what is saved: nothing is left to save, and nothing was sent.
    await note.fill(saved);
    await expect.poll(() => error.count()).toBe(0);
    await expect.poll(() => status.getAttribute('data-status')).toBe('idle');
    expect(sent).toEqual([]);
  });
});
