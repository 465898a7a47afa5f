import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { csvRecords } from './csv.js';
import { login } from './session.js';

const PHONE = { width: 390, height: 844 };
/** The demo data are dated from today, so the dashboard's default year is this one. */
const YEAR = new Date().getFullYear();

/** The units per stage in the funnel's table, read from the page (the table may be folded away). */
const funnelCounts = (page: Page) =>
  page.$$eval('[data-testid="funnel-row"] td:last-child', (cells) =>
    cells.map((cell) => Number(cell.textContent?.replace(/\./g, ''))),
  );

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** One column of the heatmap as numbers, top to bottom ("▾ di bawah syarat WBK: 41,8" is 41.8). */
const heatmapColumn = (page: Page, index: number) =>
  page.$$eval(
    '[data-testid="heatmap-row"]',
    (rows, column) =>
      rows.map((row) => {
        const text = row.querySelectorAll('td')[column]?.textContent ?? '';
        return Number((text.match(/[\d.]+,\d$/)?.[0] ?? 'NaN').replace(/\./g, '').replace(',', '.'));
      }),
    index,
  );

const ascending = (values: readonly number[]) =>
  values.every((value, index) => index === 0 || (values[index - 1] ?? value) <= value);

describe.skipIf(browserMissing)('portfolio dashboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows the admin every unit, a heatmap sorted by an area, a filter kept in the URL, and CSV', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.getByTestId('nav-/dasbor').click();
    await page.waitForURL(/\/admin\/dasbor$/);

    await expect.poll(() => page.getByTestId('funnel-summary').textContent()).toContain('253 unit');
    expect(await funnelCounts(page)).toHaveLength(10);
    expect(sum(await funnelCounts(page))).toBe(253);
    expect(await page.getByTestId('figure-building').locator('dd').textContent()).toBe('25');
    // The admin's headline and the public statistics count the same units holding each predicate.
    const publicPage = await newPage(browser);
    await publicPage.goto(`${baseUrl}/statistik`);
    await expect.poll(() => publicPage.getByTestId('figure-total').locator('dd').textContent()).toBe('253');
    for (const figure of ['wbk', 'wbbm']) {
      const shown = await page.getByTestId(`figure-${figure}`).locator('dd').textContent();
      expect(shown).toMatch(/^[1-9]/);
      expect(await publicPage.getByTestId(`figure-${figure}`).locator('dd').textContent()).toBe(shown);
    }
    await publicPage.close();
    expect(await page.getByTestId('figure-overdue').locator('a').getAttribute('href')).toBe(
      '/admin/tindak-lanjut?overdue=1',
    );
    expect(await page.getByTestId('figure-late-plan').locator('a').getAttribute('href')).toBe(
      '/admin/rencana-aksi',
    );
    expect(
      (await page.getByTestId('dashboard-funnel').locator('.chart__plot > [hidden]').allTextContents()).join(
        ' ',
      ),
    ).toContain('Pembangunan');

    const rows = page.getByTestId('heatmap-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const shown = await rows.count();
    expect(await page.getByTestId('heatmap-count').textContent()).toContain(String(shown));
    // By default the weakest total comes first: the last column, after the six areas.
    expect(ascending(await heatmapColumn(page, 6))).toBe(true);

    const publicService = page.getByTestId('sort-PUBLIC_SERVICE');
    await publicService.click();
    await expect.poll(() => page.url()).toContain('sort=PUBLIC_SERVICE');
    const header = page.locator('th', { has: publicService });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // The API sorts: the rows follow once its answer is in.
    await expect.poll(async () => ascending(await heatmapColumn(page, 5))).toBe(true);
    await publicService.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => ascending((await heatmapColumn(page, 5)).reverse())).toBe(true);
    expect(await rows.count()).toBe(shown);
    // Every score says how many questions it rests on; worksheets in progress are apart, marked.
    expect(await rows.first().textContent()).toMatch(/terjawab \d+\/\d+/);
    const incomplete = page.getByTestId('incomplete-row');
    await expect.poll(() => incomplete.count()).toBeGreaterThan(0);
    expect(await incomplete.first().textContent()).toContain('(belum final)');
    // Audit the settled page: a part still loading is dimmed on purpose.
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-dashboard');

    await page.getByTestId('filter-kind').selectOption('SCHOOL');
    await expect.poll(() => page.url()).toContain('kind=SCHOOL');
    await expect.poll(() => page.getByTestId('funnel-summary').textContent()).not.toContain('253 unit');
    const schools = sum(await funnelCounts(page));
    expect(schools).toBeGreaterThan(0);
    expect(schools).toBeLessThan(253);
    expect(page.url()).toContain('sort=PUBLIC_SERVICE');

    await page.reload();
    await expect.poll(() => page.getByTestId('filter-kind').inputValue()).toBe('SCHOOL');
    await expect.poll(() => page.getByTestId('funnel-summary').textContent()).toContain(`${schools} unit`);

    const csvLink = page.getByTestId('dashboard-funnel').getByTestId('csv-download');
    const href = await csvLink.getAttribute('href');
    expect(href).toBe(`/admin/dashboard/funnel.csv?year=${YEAR}&lang=id&kind=SCHOOL`);
    const response = await page.request.get(`${baseUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe(`dasbor-${YEAR}-funnel.csv`);
    const records = csvRecords(await readFile((await download.path()) ?? '', 'utf8'));
    expect(records.map((record) => record.tahap)).toContain('Belum mencanangkan');
    expect(sum(records.map((record) => Number(record.unit)))).toBe(schools);

    const workbook = await page.request.get(
      `${baseUrl}${await page.getByTestId('xlsx-download').getAttribute('href')}`,
    );
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
  });

  it('shows an evaluator only their ten units, and fits a phone', async () => {
    const page = await newPage(browser, PHONE);
    await login(page, 'evaluator@demo.zi.id');
    await page.goto(`${baseUrl}/admin/dasbor`);
    await expect.poll(() => page.getByTestId('funnel-summary').textContent()).toContain('10 unit');
    expect(sum(await funnelCounts(page))).toBe(10);
    await expect.poll(() => page.getByTestId('heatmap-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('heatmap-row').count()).toBeLessThanOrEqual(10);
    // The heatmap scrolls inside its own frame; the page itself never scrolls sideways.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await screenshot(page, 'admin-dashboard-phone');
  });

  it('says plainly when a year has no data', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/dasbor?year=${YEAR - 7}`);
    await expect.poll(() => page.getByTestId('dashboard-no-zone').count()).toBe(1);
    expect(await page.getByTestId('dashboard-year').inputValue()).toBe(String(YEAR - 7));
    await expect.poll(() => page.getByTestId('heatmap-empty').count()).toBe(1);
    await expect.poll(() => page.getByTestId('trends-empty').count()).toBe(1);
    expect(await page.getByTestId('gaps-empty').count()).toBe(1);
  });

  it('keeps the dashboard from a unit operator: not in the menu, refused at its address', async () => {
    const page = await newPage(browser);
    await login(page, 'operator@demo.zi.id');
    await page.getByTestId('unit-row').first().waitFor();
    expect(await page.getByTestId('nav-/dasbor').count()).toBe(0);
    await page.goto(`${baseUrl}/admin/dasbor`);
    await expect.poll(() => page.getByTestId('dashboard-refused').count()).toBe(1);
    expect(await page.getByTestId('dashboard-refused').textContent()).toContain(
      'hanya untuk Inspektorat dan evaluator TPI',
    );
    expect(await page.getByTestId('figure-units').count()).toBe(0);
    const refused = await page.request.get(`${baseUrl}/admin/dashboard/funnel.csv?year=${YEAR}`);
    expect(refused.status()).toBe(403);
  });
});
