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
    // The questions come first: the layer's eligibility and priorities wait, one line, to be opened.
    const verdict = page.getByTestId('verdict-summary');
    await verdict.waitFor();
    expect(await verdict.getAttribute('open')).toBeNull();
    expect(await verdict.locator('summary').textContent()).toMatch(/WBK.*WBBM/);
    const [verdictTop = 0, treeTop = 0] = await Promise.all(
      [verdict, page.getByTestId('worksheet-tree')].map(async (part) => (await part.boundingBox())?.y ?? 0),
    );
    expect(treeTop - verdictTop).toBeLessThan(200);
    await verdict.locator('summary').click();
    await page.getByTestId('eligibility-WBK').waitFor();
    expect(await page.getByTestId('eligibility-WBBM').count()).toBe(1);
    expect(await page.getByTestId('eligibility-WBK').getByTestId('rule-row').count()).toBeGreaterThan(5);
    // Each target has its own thresholds (WBBM's are higher).
    expect(await page.getByTestId('eligibility-WBK').textContent()).toContain('Nilai total ≥ 75');
    expect(await page.getByTestId('eligibility-WBBM').textContent()).toContain('Nilai total ≥ 85');

    const area = page.getByTestId('area-section').first();
    await area.locator(':scope > summary').click();
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

  it('filters the questions and goes to the next unanswered one by keyboard', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    // A worksheet the unit is still filling in.
    await page.goto(`${baseUrl}/admin/?stage=BUILDING`);
    await page.getByTestId('lke-link').first().click();
    await page.getByTestId('question-filters').waitFor();
    const areas = page.getByTestId('area-section');
    const rows = page.getByTestId('question-row');
    const countIn = async (filter: string) =>
      Number(
        /\((\d+)\)/.exec(
          (await page.getByTestId(`question-filter-${filter}`).locator('xpath=..').textContent()) ?? '',
        )?.[1],
      );

    // Unanswered: only those questions stand, their areas open, and the URL keeps the filter.
    const unanswered = await countIn('belum-dijawab');
    await page.getByTestId('question-filter-belum-dijawab').click();
    await page.waitForURL(/saring=belum-dijawab/);
    await expect.poll(() => rows.count()).toBe(unanswered);
    for (const area of await areas.all()) expect(await area.getAttribute('open')).not.toBeNull();

    // Without evidence, then all again.
    const withoutEvidence = await countIn('tanpa-bukti');
    await page.getByTestId('question-filter-tanpa-bukti').click();
    await expect.poll(() => rows.count()).toBe(withoutEvidence);
    await page.getByTestId('question-filter-all').click();
    await expect.poll(() => page.url()).not.toContain('saring=');

    // The next unanswered question, reached by keyboard: its area opens and the focus lands in it.
    if (unanswered > 0) {
      await page.getByTestId('next-unanswered').focus();
      await page.keyboard.press('Enter');
      const focusedQuestion = () =>
        page.evaluate(() => document.activeElement?.closest('[id^="q-"]')?.getAttribute('id') ?? null);
      await expect.poll(focusedQuestion).not.toBeNull();
      const first = await focusedQuestion();
      expect(await page.locator(`[id="${first}"]`).isVisible()).toBe(true);
      if (unanswered > 1) {
        await page.getByTestId('next-unanswered').click();
        await expect.poll(focusedQuestion).not.toBe(first);
      }
    }
    await screenshot(page, 'admin-worksheet-filters');
  });
});
