import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';

describe.skipIf(browserMissing)('public site', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(() => browser?.close());

  it('searches the directory and keeps the search in a shareable URL', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByTestId('unit-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('total-count').textContent()).toContain('253');

    await page.getByTestId('search').fill('samsat');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.url()).toContain('q=samsat');
    await expect.poll(() => page.getByTestId('total-count').textContent()).toContain('8');
    await expect.poll(() => page.getByTestId('unit-row').count()).toBe(8);
    await screenshot(page, 'public-directory-search');

    const shared = await newPage(browser);
    await shared.goto(page.url());
    await expect.poll(() => shared.getByTestId('unit-row').count()).toBe(8);
    await shared.close();
  });

  it('filters by predicate through the URL', async () => {
    await page.goto(`${baseUrl}/?predicate=WBBM`);
    await expect.poll(() => page.getByTestId('unit-row').count()).toBe(2);
    expect(await page.getByTestId('filter-predicate').inputValue()).toBe('WBBM');
  });

  it('filters by region, a province including its regencies and cities', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('filter-region').selectOption('99');
    await expect.poll(() => page.url()).toContain('region=99');
    await expect.poll(() => page.getByTestId('total-count').textContent()).toContain('253');
  });

  it('opens a unit page with its timeline, predicates and pacts', async () => {
    await page.goto(`${baseUrl}/?predicate=WBBM`);
    const firstRow = page.getByTestId('unit-row').first();
    const name = (await firstRow.getByRole('link').first().textContent())?.trim() ?? '';
    await firstRow.getByRole('link').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(name);
    expect(page.url()).toMatch(/\/units\/[\w-]+$/);
    await expect.poll(() => page.getByTestId('timeline').locator('li').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('predicates').textContent()).toMatch(/WBBM/);
    expect(await page.getByTestId('pacts').textContent()).toMatch(/PI-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(await page.title()).toContain(name);
    await screenshot(page, 'public-unit-page');
  });

  it('shows a clear not-found page for an unknown unit', async () => {
    await page.goto(`${baseUrl}/units/not-a-unit`);
    await expect.poll(() => page.getByTestId('not-found').count()).toBe(1);
  });

  it('speaks Indonesian first and switches to English', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('is usable on a phone', async () => {
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.goto(`${baseUrl}/`);
    await expect.poll(() => phone.getByTestId('unit-row').count()).toBeGreaterThan(0);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'public-directory-phone');
  });
});
