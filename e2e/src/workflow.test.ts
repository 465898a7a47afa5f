import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { adminApi, login } from './session.js';

const PHONE = { width: 390, height: 844 };
/** The smallest file the API takes for a PDF: its type is read from these bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const liveTotal = (page: Page) => page.getByTestId('live-total').textContent();
const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
const status = (page: Page) => page.getByTestId('assessment-status').first().textContent();
const question = (page: Page, code: string) => page.locator(`[id="q-${code}"]`);

/** Opens, from the evaluator's queue, the first worksheet the unit has submitted to the TPI. */
async function openSubmittedFromQueue(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/admin/antrian`);
  await page
    .getByTestId('queue-row')
    .filter({ hasText: 'Diajukan ke TPI' })
    .first()
    .getByTestId('queue-link')
    .click();
}

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

/**
 * Accepts the unit's answers for every question the TPI has not evaluated, from the worksheet's
 * workflow panel: the dialog says how many questions it fills, the panel how many it did.
 */
async function acceptUnitAnswers(page: Page, expected: number): Promise<void> {
  await page.getByTestId('accept-unit-answers').click();
  const count = page.getByTestId('accept-unit-dialog').getByTestId('accept-unit-count');
  await expect
    .poll(() => count.textContent())
    .toMatch(new RegExp(`^${expected} pertanyaan yang belum dinilai TPI`));
  await page.getByTestId('accept-unit-confirm').click();
  await expect
    .poll(() => page.getByTestId('accept-unit-done').textContent())
    .toBe(`${expected} jawaban unit diterima ke lapisan Evaluasi TPI.`);
}

interface WorksheetState {
  assessment: {
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
async function answerTheRest(page: Page, assessmentId: string): Promise<void> {
  const { assessment } = await adminApi<WorksheetState>(
    page,
    `query ($id: ID!) {
      assessment(id: $id) {
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
        ? // Zero keeps every count within its limits: no part over its total, breakdowns add up.
          item.counts.map((count) => [count.code, { number: 0 }])
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
}

describe.skipIf(browserMissing)('evaluation workflow', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes the unit’s worksheet from its first answer to the team lead’s confirmation, public without scores', async () => {
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

    await answerTheRest(operator, assessmentId);
    await operator.reload();
    await move(operator, 'SUBMIT', 'Penilaian mandiri 2026 selesai.');
    await expect.poll(() => status(operator)).toBe('Diajukan ke TPI');
    await operator.getByTestId('layer-details').waitFor();
    expect(await operator.getByTestId('editor-bar').count()).toBe(0);

    // The TPI starts, agrees with one answer, returns another. The demo evaluators are not assigned
    // to the operator's unit; the Inspektorat may take every TPI step.
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

    // Each question keeps its history: the revision on top, then the first answer.
    await returned.getByTestId('answer-history-open').click();
    const history = operator.getByTestId('answer-history');
    const changes = history.getByTestId('answer-change');
    await expect.poll(() => changes.count()).toBe(2);
    expect(await changes.first().getByTestId('answer-change-value').textContent()).toBe('B → A');
    expect(await changes.first().textContent()).toContain(
      'Penilaian mandiri unit · oleh Operator DPMPTSP Demo',
    );
    expect(await changes.last().getByTestId('answer-change-value').textContent()).toBe('(kosong) → B');
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'admin-answer-history');
    await history.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => history.isVisible()).toBe(false);

    await move(operator, 'SUBMIT');
    await expect.poll(() => status(operator)).toBe('Diajukan ke TPI');
    expect(await operator.getByTestId('open-returns').count()).toBe(0);

    // Its evidence too, read-only once submitted.
    await openFirstArea(operator);
    await question(operator, 'A.I.1.i.a').getByTestId('answer-history-open').click();
    await expect
      .poll(() => history.getByTestId('answer-change').first().textContent())
      .toContain('Bukti dukung diunggah');
    expect(await history.textContent()).toContain('sk-tim-kerja-zi.pdf');
    await operator.keyboard.press('Escape');

    // The TPI starts again and approves: the demo instansi requires the team lead's review, which
    // the one who approved may not make.
    await admin.reload();
    await move(admin, 'START_REVIEW');
    await expect.poll(() => status(admin)).toBe('Sedang dievaluasi TPI');
    await acceptUnitAnswers(admin, 112);
    // The TPI's answers are now the unit's, and so is its score.
    const tabTotal = (layer: string) =>
      admin.getByTestId(`layer-tab-${layer}`).locator('.segmented__value').textContent();
    await expect.poll(() => tabTotal('TPI')).toBe(await tabTotal('UNIT'));
    await move(admin, 'APPROVE', 'Evaluasi TPI selesai.');
    await expect.poll(() => status(admin)).toBe('Menunggu reviu ketua tim');
    expect(await admin.getByTestId('workflow').textContent()).toContain(
      'Tidak ada tindakan untuk akun Anda pada status ini.',
    );
    expect(await admin.getByTestId('history-item').count()).toBe(6);
    expect(await admin.getByTestId('history-item').first().textContent()).toContain(
      'Sedang dievaluasi TPI → Menunggu reviu ketua tim',
    );
    expect(await admin.getByTestId('history').textContent()).toContain('Lampirkan SK penetapan anggota tim');
    await screenshot(admin, 'admin-workflow-approved');

    // The Inspektorat makes the demo's team lead the lead of this unit's TPI team; the lead confirms,
    // and the unit's public page gains the step without any score.
    const { assessment } = await adminApi<{ assessment: { unit: { id: string } } }>(
      admin,
      'query ($id: ID!) { assessment(id: $id) { unit { id } } }',
      { id: assessmentId },
    );
    const { users } = await adminApi<{ users: { nodes: Array<{ id: string }> } }>(
      admin,
      'query { users(first: 1, search: "ketua@demo.zi.id") { nodes { id } } }',
      {},
    );
    await adminApi(
      admin,
      'mutation ($input: AssignEvaluatorsInput!) { assignEvaluators(input: $input) { changed } }',
      { input: { evaluatorIds: [users.nodes[0]?.id], unitIds: [assessment.unit.id], lead: true } },
    );
    const visitor = await newPage(browser);
    const evaluatedSteps = async () => {
      await visitor.goto(`${baseUrl}/units/${assessment.unit.id}`);
      const timeline = (await visitor.getByTestId('timeline').textContent()) ?? '';
      return timeline.split('Dievaluasi TPI').length - 1;
    };
    const stepsBefore = await evaluatedSteps();
    const lead = await newPage(browser);
    await login(lead, 'ketua@demo.zi.id');
    await lead.goto(`${baseUrl}/admin/assessments/${assessmentId}`);
    await move(lead, 'CONFIRM');
    await expect.poll(() => status(lead)).toBe('Selesai dievaluasi');
    await lead.getByTestId('nav-/antrian').click();
    await expect.poll(() => lead.getByTestId('nav-count').count()).toBe(0);
    await lead.goBack();
    await expect.poll(evaluatedSteps).toBe(stepsBefore + 1);
    const page = (await visitor.locator('body').textContent()) ?? '';
    expect(page).not.toMatch(/\d,\d\d(?!\d)/);
    expect(page).not.toMatch(/\b(nilai|skor)\b/i);
  });

  it('lets an evaluator approve and the team lead confirm, and shows the step publicly without scores', async () => {
    // The evaluator takes a submitted worksheet from their queue, scores one answer, returns another.
    const evaluator = await newPage(browser);
    await login(evaluator, 'evaluator@demo.zi.id');
    await openSubmittedFromQueue(evaluator);
    await evaluator.waitForURL(/\/admin\/assessments\/[\w-]+\?layer=TPI$/);
    const worksheetUrl = evaluator.url();
    const assessmentId = new URL(worksheetUrl).pathname.split('/').pop() ?? '';
    await move(evaluator, 'START_REVIEW');
    await expect.poll(() => status(evaluator)).toBe('Sedang dievaluasi TPI');
    await openFirstArea(evaluator);
    await question(evaluator, 'A.I.1.i.a').getByTestId('accept-unit-answer').click();
    await expect.poll(() => saveStatus(evaluator)).toBe('saved');
    await evaluator.getByTestId('mark-return-A.I.1.i.b').check();
    await evaluator.getByTestId('return-reason-A.I.1.i.b').fill('Lampirkan notulen seleksi anggota tim.');
    await evaluator.getByTestId('action-RETURN').click();
    await evaluator.getByTestId('move-confirm').click();
    await expect.poll(() => status(evaluator)).toBe('Dikembalikan untuk perbaikan');

    // The unit revises and submits again; this demo unit has no operator account, so the
    // Inspektorat does it for the unit.
    const admin = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
    await admin.goto(`${baseUrl}/admin/assessments/${assessmentId}`);
    await openFirstArea(admin);
    const revised = question(admin, 'A.I.1.i.b');
    await revised.getByTestId('open-return').waitFor();
    const other = (await revised.getByTestId('option-a').isChecked()) ? 'option-b' : 'option-a';
    await revised.getByTestId(other).check();
    await expect.poll(() => saveStatus(admin)).toBe('saved');
    await move(admin, 'SUBMIT');
    await expect.poll(() => status(admin)).toBe('Diajukan ke TPI');

    // The evaluator may approve only a complete evaluation: they accept the unit's answers for the
    // questions they agree with as they are, then approve. The worksheet waits for the team lead,
    // and the public sees nothing yet.
    await evaluator.reload();
    await move(evaluator, 'START_REVIEW');
    await expect.poll(() => status(evaluator)).toBe('Sedang dievaluasi TPI');
    await move(evaluator, 'APPROVE');
    // Refused: the questions the TPI has not evaluated are listed by area, a link away each.
    await expect
      .poll(() => evaluator.getByTestId('incomplete-list').locator('h3').textContent())
      .toBe('112 pertanyaan belum dinilai TPI');
    await expect.poll(() => evaluator.getByTestId('move-dialog').isVisible()).toBe(false);
    await acceptUnitAnswers(evaluator, 112);
    expect(await seriousViolations(evaluator)).toEqual([]);
    await move(evaluator, 'APPROVE');
    await expect.poll(() => status(evaluator)).toBe('Menunggu reviu ketua tim');
    expect(await evaluator.getByTestId('action-CONFIRM').count()).toBe(0);

    const { assessment } = await adminApi<{ assessment: { unit: { id: string } } }>(
      admin,
      'query ($id: ID!) { assessment(id: $id) { unit { id } } }',
      { id: assessmentId },
    );
    const visitor = await newPage(browser);
    const evaluatedSteps = async () => {
      await visitor.goto(`${baseUrl}/units/${assessment.unit.id}`);
      const timeline = (await visitor.getByTestId('timeline').textContent()) ?? '';
      return timeline.split('Dievaluasi TPI').length - 1;
    };
    const stepsBefore = await evaluatedSteps();

    // The team lead finds it in their queue and sends it back once, with a reason.
    const lead = await newPage(browser);
    await login(lead, 'ketua@demo.zi.id');
    // An evaluator starts on their queue, and the lead's nav counts the approval held for them.
    await lead.waitForURL(/\/admin\/antrian$/);
    await expect.poll(() => lead.getByTestId('nav-count').textContent()).toMatch(/^1/);
    const waiting = lead.getByTestId('queue-row').filter({ hasText: 'Menunggu reviu ketua tim' });
    await expect.poll(() => waiting.count()).toBe(1);
    await waiting.getByTestId('queue-link').click();
    await lead.getByTestId('action-CONFIRM').waitFor();
    expect(await lead.getByTestId('workflow').textContent()).toContain('Ketua tim memeriksanya');
    expect(await seriousViolations(lead)).toEqual([]);
    await screenshot(lead, 'admin-workflow-second-review');
    await lead.getByTestId('action-SEND_BACK').click();
    expect(await lead.getByTestId('move-confirm').isDisabled()).toBe(true);
    await lead.getByTestId('move-reason').fill('Periksa lagi bukti dukung area I.');
    await lead.getByTestId('move-confirm').click();
    await expect.poll(() => status(lead)).toBe('Sedang dievaluasi TPI');

    // The evaluator approves again, and the team lead confirms.
    await evaluator.reload();
    await move(evaluator, 'APPROVE');
    await expect.poll(() => status(evaluator)).toBe('Menunggu reviu ketua tim');
    await lead.reload();
    await move(lead, 'CONFIRM');
    await expect.poll(() => status(lead)).toBe('Selesai dievaluasi');
    await lead.getByTestId('nav-/antrian').click();
    await expect.poll(() => lead.getByTestId('nav-count').count()).toBe(0);
    await lead.goBack();
    const moves = lead.getByTestId('history-item');
    expect(await moves.first().textContent()).toContain('Konfirmasi hasil evaluasi');
    expect(await moves.first().textContent()).toContain('oleh Ketua Tim TPI Demo');
    expect(await lead.getByTestId('history').textContent()).toContain('Periksa lagi bukti dukung area I.');
    expect(await lead.getByTestId('history').textContent()).toContain('Kembalikan ke TPI');
    await screenshot(lead, 'admin-workflow-confirmed');

    // The public sees the new step, never a score.
    await expect.poll(evaluatedSteps).toBe(stepsBefore + 1);
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
    expect(await evaluator.getByRole('columnheader', { name: 'Tenggat' }).count()).toBe(1);
    await evaluator.getByTestId('queue-order').selectOption('deadline');
    await evaluator.waitForURL(/urut=tenggat/);
    await expect.poll(() => evaluator.getByTestId('queue-row').count()).toBe(10);
    expect(await seriousViolations(evaluator)).toEqual([]);
    await screenshot(evaluator, 'admin-queue');

    // Filtered by status, then by deadline, each kept in the URL: every row shown is of that kind.
    await evaluator.getByTestId('queue-status').selectOption('IN_REVIEW');
    await evaluator.waitForURL(/status=IN_REVIEW/);
    const shownStatuses = async () =>
      evaluator.getByTestId('queue-row').getByTestId('assessment-status').allTextContents();
    await expect.poll(async () => new Set(await shownStatuses())).toEqual(new Set(['Sedang dievaluasi TPI']));
    const inReview = (await shownStatuses()).length;
    await evaluator.getByTestId('queue-deadline-filter').selectOption('NONE');
    await evaluator.waitForURL(/tenggat=NONE/);
    await expect
      .poll(
        async () =>
          (await evaluator.getByTestId('queue-row').count()) +
          (await evaluator.locator('.empty-state').count()),
      )
      .toBeGreaterThan(0);
    expect(await evaluator.getByTestId('queue-row').getByTestId('queue-deadline').count()).toBe(0);
    expect(await evaluator.getByTestId('queue-row').count()).toBeLessThanOrEqual(inReview);
    await evaluator.getByTestId('queue-deadline-filter').selectOption('');
    await evaluator.getByTestId('queue-status').selectOption('');
    await expect.poll(() => evaluator.getByTestId('queue-row').count()).toBe(10);
    // Its controls fit at 1366 px and on a phone: nothing runs the page sideways.
    for (const viewport of [{ width: 1366, height: 768 }, PHONE]) {
      await evaluator.setViewportSize(viewport);
      expect(
        await evaluator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    }
    await evaluator.setViewportSize({ width: 1280, height: 900 });

    await row.getByTestId('queue-link').click();
    await evaluator.waitForURL(/layer=TPI/);
    await evaluator.getByTestId('editor-bar').waitFor();
    await evaluator.getByTestId('compare-link').click();
    await evaluator.waitForURL(/\/compare$/);
    // Twelve Pengungkit areas (six per half) and the three Hasil indicators.
    await expect.poll(() => evaluator.getByTestId('compare-area').count()).toBe(15);
    expect(await evaluator.getByTestId('compare-question').count()).toBeGreaterThan(0);
    expect(await evaluator.getByTestId('compare-total').textContent()).toMatch(/unit \d+,\d\d, TPI \d+,\d\d/);
    expect(await evaluator.locator('.chart__group').count()).toBe(15);
    expect(await seriousViolations(evaluator)).toEqual([]);
    await screenshot(evaluator, 'admin-compare');

    // Each differing question leads to its place in the worksheet, its area opened.
    const link = evaluator.getByTestId('compare-question-link').first();
    const code = (await link.textContent()) ?? '';
    await link.click();
    await evaluator.waitForURL(new RegExp(`layer=TPI#q-${code.replaceAll('.', '\\.')}$`));
    await expect.poll(() => evaluator.locator(`[id="q-${code}"]`).isVisible()).toBe(true);

    // Before the TPI has scored anything, the comparison is there, the unit's answers alone.
    await openSubmittedFromQueue(evaluator);
    await evaluator.getByTestId('compare-link').click();
    await evaluator.getByTestId('compare-no-tpi').waitFor();
    await expect.poll(() => evaluator.getByTestId('compare-area').count()).toBe(15);
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
