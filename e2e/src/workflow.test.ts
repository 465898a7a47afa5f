import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';

const PASSWORD = 'demo-zi-2026';
const PHONE = { width: 390, height: 844 };
/** The smallest file the API takes for a PDF: its type is read from these bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function login(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.waitForURL(/\/admin\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

const liveTotal = (page: Page) => page.getByTestId('live-total').textContent();
const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
const status = (page: Page) => page.getByTestId('assessment-status').first().textContent();
const question = (page: Page, code: string) => page.locator(`[id="q-${code}"]`);

async function openFirstArea(page: Page): Promise<void> {
  await page.getByTestId('area-section').first().locator(':scope > summary').click();
}

/** Makes a move from the workflow bar: the dialog, its note or reason, and the confirmation. */
async function move(page: Page, action: string, reason?: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('move-dialog').waitFor();
  if (reason) await page.getByTestId('move-reason').fill(reason);
  await page.getByTestId('move-confirm').click();
}

/** Asks the admin API as the signed-in user of a page, with its session cookie. */
async function adminApi<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/admin/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface WorksheetState {
  assessment: {
    unit: { id: string };
    framework: {
      questions: {
        code: string;
        options: { value: string }[];
        range: { max: number } | null;
        counts: { code: string }[];
      }[];
    };
    layer: { answers: { code: string; option: string | null; number: number | null; version: number }[] };
  };
}

/** Answers every question still unanswered, as the unit would have in the worksheet: faster here. */
async function answerTheRest(page: Page, assessmentId: string): Promise<string> {
  const { assessment } = await adminApi<WorksheetState>(
    page,
    `query ($id: ID!) {
      assessment(id: $id) {
        unit { id }
        framework { questions { code options { value } range { max } counts { code } } }
        layer(layer: UNIT) { answers { code option number version } }
      }
    }`,
    { id: assessmentId },
  );
  const saved = new Map(assessment.layer.answers.map((answer) => [answer.code, answer]));
  const answers = assessment.framework.questions.flatMap((item) => {
    const values: [string, { option?: string; number?: number }][] =
      item.counts.length > 0
        ? item.counts.map((count) => [count.code, { number: 4 }])
        : [
            [
              item.code,
              item.options[0] ? { option: item.options[0].value } : { number: item.range?.max ?? 0 },
            ],
          ];
    return values
      .filter(([code]) => saved.get(code)?.option == null && saved.get(code)?.number == null)
      .map(([code, value]) => ({ code, ...value, version: saved.get(code)?.version ?? 0 }));
  });
  await adminApi(page, 'mutation ($input: SetAnswersInput!) { setAnswers(input: $input) { layer } }', {
    input: { assessmentId, layer: 'UNIT', answers },
  });
  return assessment.unit.id;
}

describe.skipIf(browserMissing)('evaluation workflow', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes a worksheet from the unit’s first answer to the TPI’s approval, and shows the step publicly', async () => {
    const year = String(new Date().getFullYear());

    // The unit starts this year's worksheet and answers: the score follows, the answers are saved.
    const operator = await newPage(browser);
    await login(operator, 'operator@demo.zi.id');
    await operator.getByTestId('start-lke-button').click();
    await operator.waitForURL(/\/admin\/assessments\/[\w-]+$/);
    const assessmentId = new URL(operator.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => operator.title()).toMatch(new RegExp(`^LKE ${year} · Dinas Penanaman Modal`));
    expect(await status(operator)).toBe('Diisi unit');
    await expect.poll(() => liveTotal(operator)).toBe('0,00');

    await openFirstArea(operator);
    await question(operator, 'A.I.1.i.a').getByTestId('option-ya').check();
    await expect.poll(() => liveTotal(operator)).toBe('0,25');
    await question(operator, 'A.I.1.i.b').getByTestId('option-b').check();
    await expect.poll(() => liveTotal(operator)).toBe('0,38');
    await operator
      .getByTestId('note-A.I.1.i.a')
      .fill('SK Kepala Dinas Nomor 800/12/2026 tentang Tim Kerja ZI');
    await expect.poll(() => saveStatus(operator)).toBe('saved');
    expect(await operator.getByTestId('save-status').textContent()).toMatch(/^Semua perubahan tersimpan/);

    await operator.getByTestId('evidence-input-A.I.1.i.a').setInputFiles({
      name: 'sk-tim-kerja-zi.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const evidence = operator.getByTestId('evidence-A.I.1.i.a').getByTestId('evidence-item');
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.textContent()).toContain('sk-tim-kerja-zi.pdf');
    expect(await operator.getByTestId('area-evidence').first().textContent()).toBe('bukti dukung 1/12');

    // The answers are saved: a reload shows them, and the score the API stored.
    await operator.reload();
    await expect.poll(() => liveTotal(operator)).toBe('0,38');
    expect(await operator.getByTestId('layer-tab-UNIT').textContent()).toContain('0,38');
    await openFirstArea(operator);
    expect(await question(operator, 'A.I.1.i.b').getByTestId('option-b').isChecked()).toBe(true);
    expect(await operator.getByTestId('note-A.I.1.i.a').inputValue()).toContain('800/12/2026');
    await question(operator, 'A.I.1.i.a').scrollIntoViewIfNeeded();
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'admin-workflow-answering');

    // Submitting lists what is still unanswered, each question a link.
    await move(operator, 'SUBMIT');
    await operator.getByTestId('incomplete-list').waitFor();
    expect(await operator.getByTestId('incomplete-list').locator('h3').textContent()).toBe(
      '111 pertanyaan belum dijawab',
    );
    expect(await operator.getByTestId('incomplete-link').count()).toBe(111);
    expect(await operator.getByTestId('incomplete-link').first().getAttribute('href')).toBe('#q-A.I.1.ii.a');
    await screenshot(operator, 'admin-workflow-incomplete');

    const unitId = await answerTheRest(operator, assessmentId);
    await operator.reload();
    await move(operator, 'SUBMIT', 'Penilaian mandiri 2026 selesai.');
    await expect.poll(() => status(operator)).toBe('Diajukan ke TPI');
    await operator.getByTestId('layer-details').waitFor();
    expect(await operator.getByTestId('editor-bar').count()).toBe(0);

    // The TPI (the Inspektorat may take every TPI step) starts, agrees with one answer, returns another.
    const admin = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
    await admin.goto(`${baseUrl}/admin/assessments/${assessmentId}?layer=TPI`);
    await move(admin, 'START_REVIEW');
    await expect.poll(() => status(admin)).toBe('Sedang dievaluasi TPI');
    await openFirstArea(admin);
    const agreed = question(admin, 'A.I.1.i.a');
    expect(await agreed.getByTestId('unit-answer-value').textContent()).toBe('Ya');
    expect(await agreed.getByTestId('unit-answer').textContent()).toContain('sk-tim-kerja-zi.pdf');
    await agreed.getByTestId('accept-unit-answer').click();
    await expect.poll(() => agreed.getByTestId('option-ya').isChecked()).toBe(true);
    await expect.poll(() => liveTotal(admin)).toBe('0,25');
    await expect.poll(() => saveStatus(admin)).toBe('saved');

    await admin.getByTestId('mark-return-A.I.1.i.b').check();
    await admin
      .getByTestId('return-reason-A.I.1.i.b')
      .fill('Lampirkan SK penetapan anggota tim dan notulen seleksinya.');
    await screenshot(admin, 'admin-workflow-tpi');
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByTestId('action-RETURN').click();
    expect(await admin.getByTestId('return-dialog-reason-A.I.1.i.b').inputValue()).toContain('notulen');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-workflow-return-dialog');
    await admin.getByTestId('move-confirm').click();
    await expect.poll(() => status(admin)).toBe('Dikembalikan untuk perbaikan');

    // The unit sees what to revise where, revises it and submits again.
    await operator.reload();
    await expect.poll(() => status(operator)).toBe('Dikembalikan untuk perbaikan');
    expect(await operator.getByTestId('open-returns').textContent()).toContain('notulen seleksinya');
    await openFirstArea(operator);
    const returned = question(operator, 'A.I.1.i.b');
    expect(await returned.getByTestId('open-return').textContent()).toContain('notulen seleksinya');
    await returned.getByTestId('option-a').check();
    await expect.poll(() => saveStatus(operator)).toBe('saved');
    await screenshot(operator, 'admin-workflow-returned');
    await move(operator, 'SUBMIT');
    await expect.poll(() => status(operator)).toBe('Diajukan ke TPI');
    expect(await operator.getByTestId('open-returns').count()).toBe(0);

    // The TPI starts again and approves; the history keeps every move.
    await admin.reload();
    await move(admin, 'START_REVIEW');
    await expect.poll(() => status(admin)).toBe('Sedang dievaluasi TPI');
    await move(admin, 'APPROVE', 'Evaluasi TPI selesai.');
    await expect.poll(() => status(admin)).toBe('Selesai dievaluasi');
    expect(await admin.getByTestId('history-item').count()).toBe(6);
    expect(await admin.getByTestId('history-item').first().textContent()).toContain('Setujui hasil evaluasi');
    expect(await admin.getByTestId('history').textContent()).toContain('Lampirkan SK penetapan anggota tim');
    await screenshot(admin, 'admin-workflow-approved');

    // The public sees the step, never a score.
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl}/units/${unitId}`);
    const timeline = visitor.getByTestId('timeline');
    await expect.poll(() => timeline.textContent()).toContain('Dievaluasi TPI');
    expect(await timeline.textContent()).toContain(`Tahun program ${year}`);
    const text = (await visitor.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/\d,\d\d(?!\d)/);
    expect(text).not.toMatch(/\b(nilai|skor)\b/i);
  });

  it('gives evaluators a queue of their units and a comparison of the unit’s and the TPI’s answers', async () => {
    const evaluator = await newPage(browser);
    await login(evaluator, 'evaluator@demo.zi.id');
    await evaluator.getByTestId('nav-/antrian').click();
    await evaluator.waitForURL(/\/admin\/antrian$/);
    await expect.poll(() => evaluator.getByTestId('queue-row').count()).toBe(10);
    const row = evaluator.getByTestId('queue-row').filter({ hasText: 'Sedang dievaluasi TPI' }).first();
    expect(await row.textContent()).toMatch(/113\/113/);
    expect(await seriousViolations(evaluator)).toEqual([]);
    await screenshot(evaluator, 'admin-queue');

    await row.getByTestId('queue-link').click();
    await evaluator.waitForURL(/layer=TPI/);
    await evaluator.getByTestId('editor-bar').waitFor();
    await evaluator.getByTestId('compare-link').click();
    await evaluator.waitForURL(/\/compare$/);
    // Twelve Pengungkit areas (six per half) and the three Hasil indicators.
    await expect.poll(() => evaluator.getByTestId('compare-area').count()).toBe(15);
    expect(await evaluator.getByTestId('compare-question').count()).toBeGreaterThan(0);
    expect(await seriousViolations(evaluator)).toEqual([]);
    await screenshot(evaluator, 'admin-compare');
  });

  it('works on a phone', async () => {
    const operator = await newPage(browser, PHONE);
    await login(operator, 'operator@demo.zi.id');
    await operator.getByTestId('lke-link').click();
    await operator.getByTestId('layer-details').waitFor();
    await screenshot(operator, 'admin-workflow-phone');

    const evaluator = await newPage(browser, PHONE);
    await login(evaluator, 'evaluator@demo.zi.id');
    await evaluator.goto(`${baseUrl}/admin/antrian`);
    await expect.poll(() => evaluator.getByTestId('queue-row').count()).toBe(10);
    await screenshot(evaluator, 'admin-queue-phone');
    await evaluator
      .getByTestId('queue-row')
      .filter({ hasText: 'Diajukan ke TPI' })
      .first()
      .getByTestId('queue-link')
      .click();
    await evaluator.getByTestId('editor-bar').waitFor();
    await openFirstArea(evaluator);
    await question(evaluator, 'A.I.1.i.a').scrollIntoViewIfNeeded();
    await screenshot(evaluator, 'admin-tpi-phone');
  });
});
