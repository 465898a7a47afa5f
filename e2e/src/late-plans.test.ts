import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login } from './session.js';

const PAGE_SIZE = 20;

const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** The demo's plans are this year's: in its first quarter none is late yet. */
const nothingLateYet = Math.floor((Number(today.slice(5, 7)) - 1) / 3) === 0;

interface LateItem {
  area: string;
  year: number;
  activity: string;
  unit: { id: string; name: string };
}

/** The late activities the signed-in user of a page may see, as the admin API lists them. */
async function lateItems(page: Page, area: string | null = null): Promise<LateItem[]> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/admin/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({
      query: `query($area: ChangeArea) { latePlanItems(first: ${PAGE_SIZE}, area: $area) {
        nodes { area year activity unit { id name } } } }`,
      variables: { area },
    }),
  });
  const body = (await response.json()) as {
    data?: { latePlanItems: { nodes: LateItem[] } };
    errors?: { message: string }[];
  };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data.latePlanItems.nodes;
}

const unitNames = (items: readonly LateItem[]) => items.map((item) => item.unit.name);

describe.skipIf(browserMissing)('the Inspektorat sees what is late', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
  });
  afterAll(() => browser?.close());

  const openActionPlans = async () => {
    await admin.getByTestId('nav-/rencana-aksi').click();
    await admin.waitForURL(/\/admin\/rencana-aksi$/);
    await admin.getByTestId('late-plans').waitFor();
  };

  it.skipIf(nothingLateYet)(
    'lists late activities across units, by area, each opening its unit’s plan',
    async () => {
      await openActionPlans();
      const late = await lateItems(admin);
      expect(late.length).toBeGreaterThan(0);
      await expect.poll(() => admin.getByTestId('late-unit').allTextContents()).toEqual(unitNames(late));
      expect(await admin.getByTestId('late-item').first().getByTestId('late-badge').textContent()).toBe(
        'Terlambat',
      );
      expect(await seriousViolations(admin)).toEqual([]);
      await screenshot(admin, 'admin-late-plans');

      // The area of the last one listed, whose list differs when others are late in other areas.
      const area = late.at(-1)?.area ?? '';
      const inArea = await lateItems(admin, area);
      await admin.getByTestId('late-area').selectOption(area);
      await expect.poll(() => admin.url()).toContain(`area=${area}`);
      await expect.poll(() => admin.getByTestId('late-unit').allTextContents()).toEqual(unitNames(inArea));

      const [first] = inArea;
      if (!first) throw new Error(`no late activity in ${area}`);
      await admin.getByTestId('late-unit').first().click();
      await expect.poll(() => admin.url()).toContain(`?unit=${first.unit.id}&year=${first.year}`);
      await expect.poll(() => admin.getByTestId('picked-unit').textContent()).toBe(first.unit.name);
      const activity = admin
        .getByTestId(`plan-area-${first.area}`)
        .getByTestId('plan-item')
        .filter({ hasText: first.activity });
      await expect.poll(() => activity.getByTestId('late-badge').count()).toBeGreaterThan(0);
      expect(await admin.getByTestId('late-plans').count()).toBe(0);
    },
  );

  it.runIf(nothingLateYet)('says that nothing is late', async () => {
    await openActionPlans();
    await expect
      .poll(() => admin.getByTestId('late-empty').textContent())
      .toBe('Tidak ada kegiatan yang terlambat.');
  });
});
