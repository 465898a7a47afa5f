import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { csvRecords } from './csv.js';
import { queryApi } from './graphql.js';

interface PactUnit {
  units: { nodes: { id: string; name: string; pacts: { verificationCode: string; leaderName: string }[] }[] };
}

interface StageCounts {
  statistics: { totalUnits: number; byStage: { stage: string | null; units: number }[] };
}

const PHONE = { width: 390, height: 844 };

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Each chart label or value that does not lie wholly inside its chart's box (it ran off, or over another). */
function chartTextOutsideItsChart(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart__label, .chart__value')].flatMap((text) => {
      const chart = text.closest('.chart')?.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      const inside = chart && box.left >= chart.left && box.right <= chart.right + 0.5;
      return inside ? [] : [text.textContent ?? ''];
    }),
  );
}

async function expectAccessible(page: Page, exclude: readonly string[] = []): Promise<void> {
  expect(await seriousViolations(page, exclude)).toEqual([]);
}

describe.skipIf(browserMissing)('public pages', () => {
  let browser: Browser;
  let page: Page;
  let pactUnit: PactUnit['units']['nodes'][number];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    const data = await queryApi<PactUnit>(
      '{ units(first: 1, filter: { stage: WBBM }) { nodes { id name pacts { verificationCode leaderName } } } }',
    );
    const unit = data.units.nodes[0];
    if (!unit?.pacts[0]) throw new Error('the demo data have no WBBM unit with a pact');
    pactUnit = unit;
  });
  afterAll(() => browser?.close());

  it('links every section from the navigation', async () => {
    await page.goto(`${baseUrl}/`);
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    for (const [label, path] of [
      ['Statistik', '/statistik'],
      ['Verifikasi', '/verifikasi'],
      ['Data terbuka', '/data'],
      ['API', '/api'],
      ['Direktori', '/'],
    ] as const) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(path);
      const current = nav.getByRole('link', { name: label, exact: true });
      await expect.poll(() => current.getAttribute('aria-current'), { message: label }).toBe('page');
    }
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
    ).toBe('/open-data/feed.atom');
  });

  it('passes an accessibility check on the directory', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByTestId('unit-row').count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('shows a QR code for each pact on the unit page, pointing to its verification', async () => {
    const code = pactUnit.pacts[0]?.verificationCode ?? '';
    await page.goto(`${baseUrl}/units/${pactUnit.id}`);
    const qr = page.getByTestId('pacts').getByTestId('pact-qr');
    await expect.poll(() => qr.count()).toBe(pactUnit.pacts.length);
    const svg = qr.first().locator('svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toContain(code);
    expect(await svg.locator('path').getAttribute('d')).toMatch(/^M4 4h7v1h-7z/);
    expect(await qr.first().getByRole('link').getAttribute('href')).toBe(`/verifikasi?kode=${code}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(pactUnit.name);
    await expectAccessible(page);
    await screenshot(page, 'public-unit-pacts-qr');
  });

  it('verifies a registered pact from a scanned link, code typed loosely', async () => {
    const pact = pactUnit.pacts[0];
    const loose = (pact?.verificationCode ?? '').toLowerCase().replaceAll('-', ' ');
    await page.goto(`${baseUrl}/verifikasi?kode=${encodeURIComponent(loose)}`);
    const found = page.getByTestId('verify-found');
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.textContent()).toContain(pactUnit.name);
    expect(await found.textContent()).toContain(pact?.leaderName);
    expect(await page.getByTestId('verify-code').inputValue()).toBe(loose.toUpperCase());
    await expectAccessible(page);
    await screenshot(page, 'public-verify-found');

    await found.getByTestId('verify-unit-link').click();
    await expect.poll(() => page.url()).toContain(`/units/${pactUnit.id}`);
  });

  it('says clearly when no pact has the code, and keeps the code in the URL', async () => {
    await page.goto(`${baseUrl}/verifikasi`);
    await page.getByTestId('verify-code').fill('pi-0000-0000');
    await page.getByTestId('verify-code').press('Enter');
    await expect.poll(() => page.url()).toContain('kode=PI-0000-0000');
    await expect.poll(() => page.getByTestId('verify-not-found').count()).toBe(1);
    expect(await page.getByTestId('verify-not-found').textContent()).toContain('poster');
    await expectAccessible(page);

    const phone = await newPage(browser, PHONE);
    await phone.goto(page.url());
    await expect.poll(() => phone.getByTestId('verify-not-found').count()).toBe(1);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'public-verify-not-found-phone');
    await phone.close();
  });

  it('shows statistics whose charts and tables match the API, each table as CSV', async () => {
    const { statistics } = await queryApi<StageCounts>(
      '{ statistics { totalUnits byStage { stage units } } }',
    );
    expect(statistics.totalUnits).toBe(253);
    await page.goto(`${baseUrl}/statistik`);
    await expect.poll(() => page.getByTestId('figure-total').textContent()).toContain('253');

    const charts = page.locator('.chart__plot[role="img"]');
    await expect.poll(() => charts.count()).toBe(5);
    // What a screen reader reads for the chart: its title, then every value (aria-labelledby).
    expect(
      (await page.getByTestId('stats-stage').locator('.chart__plot > [hidden]').allTextContents()).join(' '),
    ).toContain('Belum membangun ZI: 228');

    const stageRows = page.getByTestId('stats-stage').locator('tbody tr');
    expect(await stageRows.count()).toBe(10);
    const shown = (await stageRows.allInnerTexts()).map((row) => Number(row.trim().split(/\s+/).at(-1)));
    expect(shown.reduce((sum, units) => sum + units, 0)).toBe(statistics.totalUnits);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('stats-stage').getByTestId('csv-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('statistik-zi-tahap.csv');
    const records = csvRecords(await readFile((await download.path()) ?? '', 'utf8'));
    expect(records).toHaveLength(10);
    expect(records[0]).toEqual({ Tahap: 'Belum membangun ZI', Unit: '228' });
    const stages = statistics.byStage.filter((item) => item.stage !== null);
    expect(stages.length).toBeGreaterThan(0);
    for (const count of stages) {
      expect(records.some((record) => Number(record.Unit) === count.units)).toBe(true);
    }
    await expectAccessible(page);
    await screenshot(page, 'public-statistics');
  });

  it('keeps the statistics scope in the URL', async () => {
    await page.goto(`${baseUrl}/statistik`);
    await expect.poll(() => page.getByTestId('scope-region').locator('option').count()).toBeGreaterThan(1);
    await page.getByTestId('scope-region').selectOption('99');
    await expect.poll(() => page.url()).toContain('region=99');
    await expect.poll(() => page.getByTestId('figure-total').textContent()).toContain('253');
    // The instansi picker lists the API's instansi with units in the region; a scope naming one
    // with none there (here, region 98 holds no unit) drops it instead of counting nothing.
    const instansi = page.getByTestId('scope-instansi').locator('option');
    await expect.poll(() => instansi.count()).toBeGreaterThan(1);
    const instansiId = (await instansi.nth(1).getAttribute('value')) ?? '';
    await page.goto(`${baseUrl}/statistik?${new URLSearchParams({ region: '98', instansi: instansiId })}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('instansi')).toBeNull();
    expect(new URL(page.url()).searchParams.get('region')).toBe('98');
    await page.goto(`${baseUrl}/statistik?region=99`);

    const phone = await newPage(browser, PHONE);
    await phone.goto(page.url());
    await expect.poll(() => phone.getByTestId('scope-region').inputValue()).toBe('99');
    await expect.poll(() => phone.locator('.chart__plot[role="img"]').count()).toBe(5);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await chartTextOutsideItsChart(phone)).toEqual([]);
    await screenshot(phone, 'public-statistics-phone');
    await phone.close();

    // Issue 15: at 1366 px the table of ten columns ran the page sideways.
    const laptop = await newPage(browser, { width: 1366, height: 768 });
    await laptop.goto(`${baseUrl}/statistik`);
    await expect.poll(() => laptop.getByTestId('stats-year').count()).toBe(1);
    expect(await horizontalOverflow(laptop)).toBeLessThanOrEqual(0);
    expect(await chartTextOutsideItsChart(laptop)).toEqual([]);
    await laptop.close();
  });

  it('lists the open data files, and units.csv matches the API', async () => {
    await page.goto(`${baseUrl}/data`);
    await expect.poll(() => page.getByTestId('open-data-file').count()).toBe(6);
    expect(await page.getByTestId('license-link').getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(await page.getByTestId('checksum-linux').textContent()).toContain('sha256sum -c');
    expect(await page.getByTestId('feed-link').getAttribute('href')).toBe('/open-data/feed.atom');
    expect(await page.getByTestId('dictionary-dataset').count()).toBeGreaterThanOrEqual(5);

    const unitsRow = page.getByTestId('open-data-file').filter({ hasText: 'units.csv' });
    expect(await unitsRow.textContent()).toContain('253');
    const href = await unitsRow.getByTestId('open-data-download').getAttribute('href');
    const records = csvRecords(await (await fetch(`${baseUrl}${href}`)).text());
    expect(records).toHaveLength(253);

    const { units } = await queryApi<{ units: { nodes: { id: string; name: string }[] } }>(
      '{ units(first: 5, orderBy: { field: NAME, direction: DESC }) { nodes { id name } } }',
    );
    expect(units.nodes).toHaveLength(5);
    for (const unit of units.nodes) {
      expect(records.find((record) => record.unit_id === unit.id)?.unit_name).toBe(unit.name);
    }
    await expectAccessible(page);
    await screenshot(page, 'public-open-data');

    const phone = await newPage(browser, PHONE);
    await phone.goto(`${baseUrl}/data`);
    await expect.poll(() => phone.getByTestId('open-data-file').count()).toBe(6);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'public-open-data-phone');
    await phone.close();
  });

  it('explains the API with examples and runs a query in the embedded GraphiQL', async () => {
    await page.goto(`${baseUrl}/api`);
    expect(await page.getByTestId('example-post-curl').textContent()).toContain(`${baseUrl}/graphql`);
    await page.getByTestId('example-language-python').check();
    await expect.poll(() => page.url()).toContain('example=python');
    expect(await page.getByTestId('example-paging-python').textContent()).toContain('endCursor');
    await page.getByTestId('example-language-javascript').check();
    expect(await page.getByTestId('example-get-javascript').textContent()).toContain('fetch(');
    expect(await page.getByTestId('api-error-code').allInnerTexts()).toEqual([
      expect.stringContaining('QUERY_TOO_COMPLEX'),
      expect.stringContaining('RATE_LIMITED'),
      expect.stringContaining('BAD_USER_INPUT'),
    ]);

    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 30_000 });
    await run.click();
    // The editor lays text out with non-breaking spaces.
    const response = async () =>
      (await page.locator('.graphiql-response').textContent())?.replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 15_000 }).toContain('"totalUnits": 253');
    // GraphiQL's tab strip nests its close button inside the tab (upstream markup, not the site's).
    await expectAccessible(page, ['.graphiql-tabs']);
    await screenshot(page, 'public-api');

    const phone = await newPage(browser, PHONE);
    await phone.goto(`${baseUrl}/api`);
    await phone.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'public-api-phone');
    await phone.close();
  });

  it('speaks English on the new pages when asked', async () => {
    await page.goto(`${baseUrl}/statistik`);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Zona Integritas statistics');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).textContent()).toContain(
      'Verify a pact',
    );
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
  });
});
