import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserMissing, launchBrowser, newPage } from './browser.js';
import { login } from './session.js';

/**
 * Chrome DevTools' "Slow 4G" preset (latency and bytes per second) and its mid-tier phone's CPU
 * slowdown: the journalist on a train, the operator at a district office.
 */
const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const PHONE_CPU_SLOWDOWN = 4;
const PHONE = { width: 390, height: 844 };
/** Issue 15: the directory's first visit loads well under this much compressed JavaScript. */
const FIRST_VISIT_SCRIPT_BUDGET = 200 * 1024;
/** The build writes no compressed copy of a smaller file (packages/ui/vite/precompress.ts). */
const SMALLEST_COMPRESSED = 1_024;

interface Load {
  page: string;
  /** From the navigation to the page's content on screen. */
  milliseconds: number;
  /** Bytes on the wire, all responses / scripts alone. */
  transferred: number;
  scripts: number;
  /** The coding of each script big enough to be compressed (the build leaves a tiny one as it is). */
  scriptCodings: string[];
}

/**
 * Opens `url` in a fresh, throttled page of `context` (nothing cached) and waits for `ready`,
 * counting what went over the wire as DevTools does (`encodedDataLength`).
 */
async function phoneLoad(
  context: BrowserContext,
  name: string,
  url: string,
  ready: (page: Page) => Promise<unknown>,
) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
  const scriptRequests = new Set<string>();
  const load: Load = { page: name, milliseconds: 0, transferred: 0, scripts: 0, scriptCodings: [] };
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Script') return;
    const headers = new Map(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const coding = headers.get('content-encoding') ?? 'none';
    // A file below the build's threshold comes as it is: its length is its content-length.
    if (coding !== 'none' || Number(headers.get('content-length')) >= SMALLEST_COMPRESSED)
      load.scriptCodings.push(coding);
    scriptRequests.add(requestId);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    load.transferred += encodedDataLength;
    if (scriptRequests.has(requestId)) load.scripts += encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url);
  await ready(page);
  load.milliseconds = Date.now() - started;
  await page.close();
  return load;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

describe.skipIf(browserMissing)('a phone on a slow connection (numbers printed, no timed assertion)', () => {
  let browser: Browser;
  const loads: Load[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    console.log(
      [
        `Phone load, ${PHONE.width}×${PHONE.height}, Slow 4G (${SLOW_4G.latency} ms, 1.6 Mbit/s), CPU ÷${PHONE_CPU_SLOWDOWN}, nothing cached:`,
        '| page | until content | transferred | of it scripts |',
        '| --- | ---: | ---: | ---: |',
        ...loads.map(
          (l) =>
            `| ${l.page} | ${(l.milliseconds / 1000).toFixed(1)} s | ${kilobytes(l.transferred)} | ${kilobytes(l.scripts)} |`,
        ),
      ].join('\n'),
    );
    await browser?.close();
  });

  it('loads the directory with its scripts compressed, under the first-visit budget', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID', isMobile: true });
    const load = await phoneLoad(context, 'directory', `${baseUrl}/`, (page) =>
      page.getByTestId('unit-row').first().waitFor(),
    );
    await context.close();
    loads.push(load);
    expect(load.scriptCodings.length).toBeGreaterThan(0);
    expect(load.scriptCodings).toEqual(load.scriptCodings.map(() => 'br'));
    expect(load.scripts).toBeLessThan(FIRST_VISIT_SCRIPT_BUDGET);
  });

  it('loads a unit page opened from a shared link', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID', isMobile: true });
    const finder = await context.newPage();
    await finder.goto(`${baseUrl}/?predicate=WBBM`);
    const href = await finder.getByTestId('unit-row').first().getByRole('link').first().getAttribute('href');
    await finder.close();
    const load = await phoneLoad(context, 'unit page', `${baseUrl}${href}`, (page) =>
      page.getByRole('heading', { level: 1 }).waitFor(),
    );
    await context.close();
    loads.push(load);
    expect(load.transferred).toBeGreaterThan(0);
  });

  it('loads a worksheet for a signed-in evaluator', async () => {
    const signIn = await newPage(browser);
    await login(signIn, 'admin@demo.zi.id');
    await signIn.goto(`${baseUrl}/admin/?stage=TPI_EVALUATED`);
    await signIn.getByTestId('lke-link').first().click();
    await signIn.getByTestId('worksheet-total').waitFor();
    const worksheetUrl = signIn.url();
    const cookies = await signIn.context().cookies();
    await signIn.context().close();

    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID', isMobile: true });
    await context.addCookies(cookies);
    const load = await phoneLoad(context, 'worksheet', worksheetUrl, (page) =>
      page.getByTestId('worksheet-total').waitFor(),
    );
    await context.close();
    loads.push(load);
    expect(load.scriptCodings).toEqual(load.scriptCodings.map(() => 'br'));
  });
});
