import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishLeaksFinder } from '../../apps/api/src/test/english-words.js';
import { baseUrl, browserMissing, launchBrowser, newPage } from './browser.js';
import { adminApi, login } from './session.js';

/** The same list the scans of documents and mails use (apps/api/src/test/english-words.ts). */
const englishIn = englishLeaksFinder();

/**
 * What a reader sees on the page, less code: the API page's examples and the open data's column
 * names are GraphQL and CSV, not sentences.
 */
async function pageText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const code of body.querySelectorAll('code, pre, .graphiql-container, script, style')) code.remove();
    document.body.append(body);
    body.style.position = 'absolute';
    // What is rendered, as a reader sees it (textContent would also read hidden parts).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked.
    const text = body.innerText;
    body.remove();
    return text;
  });
}

describe.skipIf(browserMissing)('every page in Bahasa Indonesia holds no English word', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(() => browser?.close());

  const scan = async (paths: readonly string[]) => {
    const leaks: Record<string, string[]> = {};
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      const found = englishIn(await pageText(page));
      if (found.length > 0) leaks[path] = found;
    }
    return leaks;
  };

  it('on the public site', async () => {
    await page.goto(`${baseUrl}/?predicate=WBBM`);
    const unit = await page.getByTestId('unit-row').first().getByRole('link').first().getAttribute('href');
    expect(
      await scan([
        '/',
        `${unit}`,
        '/statistik',
        '/verifikasi',
        '/verifikasi?kode=PI-AAAA-BBBB',
        '/data',
        '/api',
        '/tidak-ada',
      ]),
    ).toEqual({});
  });

  it('in the portal, for the Inspektorat and for an evaluator', async () => {
    await login(page, 'admin@demo.zi.id');
    const { units } = await adminApi<{ units: { nodes: { assessment: { id: string } | null }[] } }>(
      page,
      '{ units(first: 50, filter: { stage: TPI_EVALUATED }) { nodes { assessment(year: 2026) { id } } } }',
    );
    const worksheet = units.nodes.find((node) => node.assessment)?.assessment?.id;
    expect(worksheet).toBeDefined();
    expect(
      await scan([
        '/admin/',
        '/admin/dasbor',
        '/admin/monev',
        '/admin/tindak-lanjut',
        '/admin/rencana-aksi',
        '/admin/pendampingan',
        '/admin/kelola',
        '/admin/notifikasi',
        `/admin/assessments/${worksheet}`,
        `/admin/assessments/${worksheet}?layer=TPI`,
        `/admin/assessments/${worksheet}/compare`,
      ]),
    ).toEqual({});
    await page.context().clearCookies();
    await login(page, 'evaluator@demo.zi.id');
    expect(await scan(['/admin/antrian'])).toEqual({});
  });
});
