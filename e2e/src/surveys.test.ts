import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { adminApi, login } from './session.js';

const PHONE = { width: 390, height: 844 };
/** Respondents at the counter: a few through the page on a phone, the rest as other phones' sends. */
const ON_PHONES = 3;
const RESPONDENTS = 50;
/** A year the demo unit has no worksheet for: the test starts it, as the unit would. */
const LKE_YEAR = 2029;

/** One respondent on a phone of their own: opens the form, picks the service, rates every statement, sends. */
async function answerOnPhone(browser: Browser, formPath: string, point: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'id-ID',
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();
  await phone.goto(`${baseUrl}${formPath}`);
  await phone.locator('#layanan').selectOption('Perizinan');
  for (const radio of await phone.locator(`input[type="radio"][value="${point}"]`).all()) await radio.check();
  await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
  await phone.waitForURL(/terima-kasih$/);
  return phone;
}

/** Another phone's answer, as its browser sends the form: its own cookie, the form's start token. */
async function answerOverHttp(formPath: string, point: number): Promise<number> {
  const page = await fetch(`${baseUrl}${formPath}`);
  const html = await page.text();
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const form = new URLSearchParams({
    t: /name="t" value="([^"]+)"/.exec(html)?.[1] ?? '',
    layanan: 'Informasi',
  });
  for (const [, field] of html.matchAll(/name="(r\.[^"]+)" value="1"/g)) form.set(field ?? '', String(point));
  const sent = await fetch(`${baseUrl}${formPath}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: form,
  });
  return sent.status;
}

describe.skipIf(browserMissing)('a perception survey, from the counter to the worksheet', () => {
  let browser: Browser;
  let operator: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    operator = await newPage(browser);
    await login(operator, 'operator@demo.zi.id');
  });
  afterAll(() => browser?.close());

  it('is opened by the unit, answered on phones, cleaned of test entries with reasons, and closed into the LKE', async () => {
    await operator.goto(`${baseUrl}/admin/survei`);
    await operator.getByTestId('survey-title').fill('Triwulan IV');
    await operator.getByTestId('survey-services').fill('Perizinan\nInformasi');
    await operator.getByTestId('survey-users').fill('60');
    await operator.getByTestId('survey-year').fill(String(LKE_YEAR));
    await operator.getByTestId('open-survey-submit').click();
    await operator.waitForURL(/\/admin\/survei\/[\w-]+$/);
    const formPath = (await operator.getByTestId('survey-form-link').getAttribute('href')) ?? '';
    expect(formPath).toMatch(/^\/survei\/[a-z2-9]{8}$/);

    // The counter's poster downloads as a PDF, with the operator's session.
    const [download] = await Promise.all([
      operator.waitForEvent('download'),
      operator.getByTestId('survey-poster').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^poster-survei-[a-z2-9]{8}\.pdf$/);

    for (let phone = 0; phone < ON_PHONES; phone += 1) {
      const page = await answerOnPhone(browser, formPath, phone === 0 ? '3' : '4');
      expect(await page.getByRole('status').textContent()).toContain('Jawaban Anda sudah diterima');
      await page.context().close();
    }
    const statuses = await Promise.all(
      Array.from({ length: RESPONDENTS - ON_PHONES }, (_, index) =>
        answerOverHttp(formPath, index % 5 === 0 ? 3 : 4),
      ),
    );
    expect(statuses.every((status) => status === 303)).toBe(true);

    await operator.reload();
    expect(await operator.getByTestId('survey-received').textContent()).toBe(String(RESPONDENTS));
    // Krejcie–Morgan for 60 service users: 52, as their table lists it.
    expect(await operator.getByTestId('survey-sample').textContent()).toContain('50 dari 52');
    // The unit counts more service users as the period goes on: the sample grows with them.
    await operator.getByTestId('survey-users-edit').fill('100');
    await operator.getByTestId('survey-users-save').click();
    await expect.poll(() => operator.getByTestId('survey-sample').textContent()).toContain('50 dari 80');

    for (let excluded = 1; excluded <= 2; excluded += 1) {
      await operator.getByTestId('survey-response-row').getByTestId('survey-exclude').first().click();
      const dialog = operator.getByTestId('survey-exclude-dialog');
      await dialog.getByTestId('survey-exclude-reason').selectOption('TEST_ENTRY');
      await dialog.getByTestId('survey-exclude-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => operator.getByTestId('survey-excluded').textContent()).toBe(String(excluded));
    }
    expect(await operator.getByTestId('survey-used').textContent()).toBe(String(RESPONDENTS - 2));
    expect(await operator.getByTestId('survey-value-IPAK').textContent()).toMatch(/^\d,\d\d/);
    await screenshot(operator, 'survey-period');

    // The unit's worksheet for the year, still a draft, which closing fills.
    const me = await adminApi<{ me: { unit: { id: string } } }>(operator, '{ me { unit { id } } }');
    await adminApi(
      operator,
      'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
      {
        input: { unitId: me.me.unit.id, year: LKE_YEAR },
      },
    );
    await operator.getByTestId('survey-close').click();
    await operator.getByTestId('survey-close-confirm').click();
    await operator.getByTestId('survey-lke-values').waitFor();
    expect(await operator.getByTestId('survey-lke-value').allTextContents()).toEqual([
      expect.stringMatching(/^B\.I\.a\.1\d,\d\d48Tertulis di lapisan unit$/),
      expect.stringMatching(/^B\.II\.a\.1\d,\d\d48Tertulis di lapisan unit$/),
    ]);
    expect(await operator.getByTestId('survey-status').textContent()).toBe('Ditutup');
    expect(await operator.getByTestId('survey-close').count()).toBe(0);

    const late = await fetch(`${baseUrl}${formPath}`);
    expect(late.status).toBe(410);
  });

  it('gives respondents a form with no serious accessibility problem, on a phone', async () => {
    // axe is injected as a script, which the form's own policy forbids: this context lets it in.
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID', bypassCSP: true });
    const page = await context.newPage();
    await operator.goto(`${baseUrl}/admin/survei`);
    await operator.getByTestId('survey-title').fill('Uji aksesibilitas');
    await operator.getByTestId('open-survey-submit').click();
    await operator.waitForURL(/\/admin\/survei\/[\w-]+$/);
    const formPath = (await operator.getByTestId('survey-form-link').getAttribute('href')) ?? '';
    await page.goto(`${baseUrl}${formPath}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'survey-form-phone');
    await context.close();
  });
});
