import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { adminApi, jakartaDay, login } from './session.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const DAY_MS = 86_400_000;

const today = jakartaDay();
const year = Number(today.slice(0, 4));
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const quarterStart = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
/** The last day of the quarter before this one: a quarter that has closed. */
const closedDay = new Date(Date.parse(`${quarterStart}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const closedQuarter = Math.floor((Number(closedDay.slice(5, 7)) - 1) / 3);
const quarterName = `Triwulan ${ROMAN[quarter - 1]} ${year}`;

const FINDING = 'Agen perubahan belum menyusun laporan kegiatan triwulan (uji e2e).';
const FOLLOW_UP = 'Menyusun laporan kegiatan agen perubahan triwulan ini (uji e2e).';
const TOPIC = 'Pendampingan penyusunan bukti dukung (uji e2e)';
const ACTIVITY = 'Menetapkan SK tim kerja ZI tahun berjalan (uji e2e)';

describe.skipIf(browserMissing)('quarterly monitoring, follow-ups, coaching and action plans', () => {
  let browser: Browser;
  let admin: Page;
  let operator: Page;
  let unitName: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    operator = await newPage(browser);
    await login(admin, 'admin@demo.zi.id');
    await login(operator, 'operator@demo.zi.id');
    const { me } = await adminApi<{ me: { unit: { name: string } } }>(operator, '{ me { unit { name } } }');
    unitName = me.unit.name;
  });
  afterAll(() => browser?.close());

  const unitRow = (page: Page) =>
    page
      .getByTestId('round-unit')
      .filter({ has: page.getByTestId('round-unit-name').getByText(unitName, { exact: true }) });
  const followUpCard = (page: Page) => page.getByTestId('follow-up').filter({ hasText: FOLLOW_UP });

  it('opens the quarter’s round, judges an area and records a finding, refusing a due date in a closed quarter', async () => {
    await admin.getByTestId('nav-/monev').click();
    await admin.waitForURL(/\/admin\/monev$/);
    // The seeded rounds of earlier quarters are listed, closed; the current one is for people to open.
    await admin.getByTestId('open-round').waitFor();
    expect(await admin.getByTestId('open-round-submit').textContent()).toBe(`Buka putaran ${quarterName}`);
    await admin.getByTestId('open-round-submit').click();
    await admin.waitForURL(/\/admin\/monev\/[\w-]+$/);
    // The new route first shows the list's heading while the round loads.
    await expect.poll(() => admin.locator('h1').textContent()).toBe(`Monev ${quarterName}`);
    expect(await admin.getByTestId('round-status').textContent()).toBe('Dibuka');
    const roundId = new URL(admin.url()).pathname.split('/').pop() ?? '';
    expect(await admin.getByTestId('report-pdf').getAttribute('href')).toBe(
      `/admin/monitoring/${roundId}/report.pdf?lang=id`,
    );

    // One cell of the grid: the unit's change management, judged behind with a note.
    const row = unitRow(admin);
    await row.getByTestId('judge-CHANGE_MANAGEMENT').click();
    await admin.getByTestId('judgement-BEHIND').check();
    await admin.getByTestId('judgement-note').fill('Agen perubahan belum aktif.');
    await admin.getByTestId('judgement-save').click();
    const cell = row.getByTestId('cell-CHANGE_MANAGEMENT');
    await expect.poll(() => cell.getByTestId('judgement').textContent()).toBe('Tertinggal');
    expect(await cell.getByTestId('judgement-note-text').textContent()).toBe('Agen perubahan belum aktif.');
    expect(await row.getByTestId('cell-SUPERVISION').getByTestId('judgement').textContent()).toBe(
      'Belum dinilai',
    );

    // A finding with a recommendation and a follow-up, rows added and removed as needed.
    expect(await row.getByTestId('finding-count').textContent()).toBe('Temuan: 0');
    await row.getByTestId('record-finding').click();
    const dialog = admin.getByTestId('finding-dialog');
    await dialog.getByTestId('finding-area').selectOption('CHANGE_MANAGEMENT');
    await dialog.getByTestId('finding-description').fill(FINDING);
    await dialog.getByTestId('recommendation-0-description').fill('Agen perubahan melapor setiap triwulan.');
    await dialog.getByTestId('add-follow-up-0').click();
    await dialog.getByTestId('add-recommendation').click();
    expect(await dialog.getByTestId('follow-up-row').count()).toBe(3);
    // Nothing left empty goes to the API: the form says what is missing, field by field.
    await dialog.getByTestId('finding-save').click();
    expect(await dialog.getByTestId('recommendation-1-description-error').textContent()).toBe('Wajib diisi.');
    await dialog.getByTestId('remove-recommendation-1').click();
    await dialog.getByTestId('remove-follow-up-0-1').click();
    expect(await dialog.getByTestId('follow-up-row').count()).toBe(1);
    await dialog.getByTestId('follow-up-0-0-description').fill(FOLLOW_UP);
    await dialog.getByTestId('follow-up-0-0-owner').fill('Sekretaris dinas');

    // A due date in a quarter that has closed: the API's refusal beside that date, and nothing saved.
    await dialog.getByTestId('follow-up-0-0-due').fill(closedDay);
    await dialog.getByTestId('finding-save').click();
    await expect
      .poll(() => dialog.getByTestId('follow-up-0-0-due-error').textContent())
      .toBe(
        `Tanggal ini jatuh pada Triwulan ${ROMAN[closedQuarter]} ${closedDay.slice(0, 4)}, yang sudah berakhir. Pilih tanggal mulai hari ini.`,
      );
    expect(await dialog.getByTestId('follow-up-0-0-due').getAttribute('aria-invalid')).toBe('true');
    const saved = await adminApi<{ monitoringRound: { findings: unknown[] } }>(
      admin,
      'query($id: ID!) { monitoringRound(id: $id) { findings { id } } }',
      { id: roundId },
    );
    expect(saved.monitoringRound.findings).toEqual([]);
    await screenshot(admin, 'admin-finding-refused');

    await dialog.getByTestId('follow-up-0-0-due').fill(jakartaDay(14));
    await expect.poll(() => dialog.getByTestId('follow-up-0-0-due-error').count()).toBe(0);
    await dialog.getByTestId('finding-save').click();
    await expect
      .poll(() => admin.getByTestId('round-notice').textContent())
      .toBe(`Temuan untuk ${unitName} tersimpan.`);
    expect(await row.getByTestId('finding-count').textContent()).toBe('Temuan: 1');
    const finding = admin.getByTestId('finding').filter({ hasText: FINDING });
    expect(await followUpCard(admin).getByTestId('follow-up-status').textContent()).toBe(
      'Belum ditindaklanjuti',
    );
    expect(await finding.getByTestId('follow-up').count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-monitoring-round');
  });

  it('fills the round like a spreadsheet: carried forward, typed, pasted, a column at once, saved with conflicts shown', async () => {
    const roundId = new URL(admin.url()).pathname.split('/').pop() ?? '';
    const cellsOf = async () =>
      (
        await adminApi<{
          monitoringRound: {
            progress: {
              area: string;
              judgement: string;
              note: string | null;
              version: number;
              unit: { id: string; name: string };
            }[];
          };
        }>(
          admin,
          'query($id: ID!) { monitoringRound(id: $id) { progress { area judgement note version unit { id name } } } }',
          { id: roundId },
        )
      ).monitoringRound.progress;
    const saved = () => admin.getByTestId('save-status').getAttribute('data-status');
    const row = unitRow(admin);
    const shownIn = (area: string) => row.getByTestId(`cell-${area}`).getByTestId('judgement').textContent();
    const units = await admin.getByTestId('round-unit').count();

    // One click copies the last quarter's judgements into every cell not judged yet.
    await admin.getByTestId('carry-forward').click();
    await expect
      .poll(() => admin.getByTestId('round-notice').textContent())
      .toMatch(/^\d+ sel yang belum dinilai diisi/);
    const carried = await cellsOf();
    expect(carried.length).toBeGreaterThan(units);
    // The cell judged by hand before keeps its judgement and note.
    expect(
      carried.find((cell) => cell.unit.name === unitName && cell.area === 'CHANGE_MANAGEMENT'),
    ).toMatchObject({
      judgement: 'BEHIND',
      note: 'Agen perubahan belum aktif.',
    });

    // The keyboard: 4 then 3 judge two areas in a row, moving on by themselves; arrows move back.
    await row.getByTestId('judge-BUSINESS_PROCESS').focus();
    await admin.keyboard.press('4');
    await admin.keyboard.press('3');
    expect(await shownIn('BUSINESS_PROCESS')).toBe('Melampaui rencana');
    expect(await shownIn('HUMAN_RESOURCES')).toBe('Sesuai rencana');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'judge-ACCOUNTABILITY',
    );
    await admin.keyboard.press('ArrowLeft');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'judge-HUMAN_RESOURCES',
    );

    // A block pasted from a spreadsheet fills from the cell in focus; a word it does not know is named.
    await row.getByTestId('judge-ACCOUNTABILITY').focus();
    await admin.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Tertinggal\tSesuai rencana\tbagus\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    expect(await admin.getByTestId('round-notice').textContent()).toBe(
      '2 sel diisi dari tempelan; 1 sel tidak dikenali (misalnya "bagus") dan dilewati.',
    );
    expect(await shownIn('ACCOUNTABILITY')).toBe('Tertinggal');
    expect(await shownIn('SUPERVISION')).toBe('Sesuai rencana');

    // A whole column from its heading.
    await admin.getByTestId('fill-PUBLIC_SERVICE').selectOption('AHEAD');
    await expect.poll(saved).toBe('saved');
    const afterEdits = await cellsOf();
    const publicService = afterEdits.filter((cell) => cell.area === 'PUBLIC_SERVICE');
    expect(publicService).toHaveLength(units);
    expect(publicService.every((cell) => cell.judgement === 'AHEAD')).toBe(true);
    const mine = (area: string) =>
      afterEdits.find((cell) => cell.unit.name === unitName && cell.area === area);
    expect(mine('BUSINESS_PROCESS')?.judgement).toBe('AHEAD');
    expect(mine('HUMAN_RESOURCES')?.judgement).toBe('ON_TRACK');
    expect(mine('ACCOUNTABILITY')?.judgement).toBe('BEHIND');
    expect(mine('SUPERVISION')?.judgement).toBe('ON_TRACK');

    // Someone else saves a cell meanwhile: the next edit of it is not saved over theirs unseen.
    const theirs = mine('SUPERVISION');
    await adminApi(
      admin,
      'mutation($input: SaveMonitoringCellsInput!) { saveMonitoringCells(input: $input) { version } }',
      {
        input: {
          roundId,
          cells: [
            {
              unitId: theirs?.unit.id,
              area: 'SUPERVISION',
              judgement: 'NOT_STARTED',
              note: 'Dinilai ulang',
              version: theirs?.version,
            },
          ],
        },
      },
    );
    await row.getByTestId('judge-SUPERVISION').focus();
    await admin.keyboard.press('2');
    await expect.poll(saved).toBe('conflict');
    const conflict = admin.getByTestId('cell-conflict');
    expect(await conflict.textContent()).toContain('Dinilai ulang');
    expect(await row.getByTestId('cell-SUPERVISION').getByTestId('cell-state').textContent()).toBe('bentrok');
    await conflict.getByRole('button', { name: 'Pakai versi saya' }).click();
    await expect.poll(saved).toBe('saved');
    expect(
      (await cellsOf()).find((cell) => cell.unit.name === unitName && cell.area === 'SUPERVISION'),
    ).toMatchObject({
      judgement: 'BEHIND',
      // Mine is the cell as I had it: my judgement, and the note I saw (none).
      note: null,
    });

    // After a reload the grid shows what was saved.
    await admin.reload();
    await expect.poll(() => shownIn('SUPERVISION')).toBe('Tertinggal');
    expect(await shownIn('PUBLIC_SERVICE')).toBe('Melampaui rencana');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-monitoring-grid');
  });

  it('lets the operator answer the follow-up as done, and the admin verify it', async () => {
    await operator.getByTestId('nav-/tindak-lanjut').click();
    await operator.waitForURL(/\/admin\/tindak-lanjut$/);
    const card = followUpCard(operator);
    await card.waitFor();
    expect(await card.getByTestId('follow-up-source').textContent()).toContain(FINDING);
    await card.getByTestId('respond-open').click();
    await card.getByTestId('respond-status-DONE').check();
    await card.getByTestId('respond-evidence').fill('laporan agen perubahan');
    await card.getByTestId('respond-save').click();
    // What is not a web link, and what is missing, are said before asking the API.
    expect(await card.getByTestId('respond-response-error').textContent()).toBe('Wajib diisi.');
    expect(await card.getByTestId('respond-evidence-error').textContent()).toBe(
      'Masukkan tautan lengkap yang diawali http:// atau https://.',
    );
    await card.getByTestId('respond-response').fill('Laporan triwulan agen perubahan sudah disusun.');
    await card.getByTestId('respond-evidence').fill('https://drive.example.go.id/zi/laporan-agen.pdf');
    await card.getByTestId('respond-save').click();
    await expect.poll(() => card.getByTestId('follow-up-done').textContent()).toBe('Tanggapan terkirim.');
    expect(await card.getByTestId('follow-up-status').textContent()).toBe('Selesai, menunggu verifikasi');
    expect(await card.getByTestId('follow-up-response').textContent()).toContain('sudah disusun');
    // The unit does not verify its own work.
    expect(await card.getByTestId('verify').count()).toBe(0);
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-follow-ups');

    await admin.goto(`${baseUrl}/admin/tindak-lanjut?view=awaiting`);
    const awaiting = followUpCard(admin);
    await awaiting.getByTestId('verify').click();
    await expect
      .poll(() => awaiting.getByTestId('follow-up-done').textContent())
      .toBe('Tindak lanjut diverifikasi dan ditutup.');
    expect(await awaiting.getByTestId('follow-up-status').textContent()).toBe('Terverifikasi');

    await admin.getByTestId('view-verified').click();
    await admin.waitForURL(/view=verified/);
    const verified = followUpCard(admin);
    await expect.poll(() => verified.getByTestId('follow-up-status').textContent()).toBe('Terverifikasi');
    expect(await verified.getByTestId('follow-up-verified').count()).toBe(1);
    expect(await verified.getByTestId('respond-open').count()).toBe(0);
    await screenshot(admin, 'admin-follow-ups-verified');
  });

  it('schedules a coaching session that shows on the operator’s calendar', async () => {
    const day = jakartaDay(7);
    await admin.getByTestId('nav-/pendampingan').click();
    await admin.waitForURL(/\/admin\/pendampingan$/);
    await admin.getByTestId('schedule-open').click();
    const dialog = admin.getByTestId('schedule-dialog');
    await dialog.getByTestId('schedule-topic').fill(TOPIC);
    await dialog.getByTestId('schedule-day').fill(day);
    await dialog.getByTestId('schedule-start').fill('13:00');
    await dialog.getByTestId('schedule-end').fill('10:00');
    await dialog.getByTestId('schedule-place').fill('Ruang rapat Inspektorat');
    await dialog.getByTestId('invite-units-filter').fill(unitName);
    await dialog.getByTestId('invite-units').getByLabel(unitName, { exact: true }).check();
    // A session ending before it starts: the API's refusal beside the end time.
    await dialog.getByTestId('schedule-save').click();
    await expect
      .poll(() => dialog.getByTestId('schedule-end-error').textContent())
      .toBe('Waktu akhir harus sesudah waktu mulai.');
    await dialog.getByTestId('schedule-end').fill('15:30');
    await dialog.getByTestId('schedule-save').click();
    await admin.waitForURL(/\/admin\/pendampingan\/[\w-]+$/);
    expect(await admin.getByTestId('session-topic').textContent()).toBe(TOPIC);
    expect(await admin.getByTestId('session-time').textContent()).toMatch(/pukul 13\.00–15\.30 WIB$/);
    expect(await admin.getByTestId('invitation').textContent()).toContain(unitName);

    await operator.goto(`${baseUrl}/admin/pendampingan?month=${day.slice(0, 7)}`);
    const session = operator
      .locator(`[data-testid="calendar-day"][data-day="${day}"]`)
      .getByTestId('calendar-session')
      .filter({ hasText: TOPIC });
    await session.waitFor();
    expect(await session.textContent()).toBe(`13.00 Pendampingan: ${TOPIC}`);
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-coaching-calendar');
    await session.click();
    await operator.waitForURL(/\/admin\/pendampingan\/[\w-]+$/);
    expect(await operator.getByTestId('session-place').textContent()).toBe('Ruang rapat Inspektorat');
    // The operator sees the session, not the attendance form.
    expect(await operator.getByTestId('attendance-open').count()).toBe(0);
  });

  it('lets the operator add an activity to the unit’s action plan', async () => {
    await operator.getByTestId('nav-/rencana-aksi').click();
    await operator.waitForURL(/\/admin\/rencana-aksi$/);
    expect(await operator.getByTestId('picked-unit').textContent()).toBe(unitName);
    const area = operator.getByTestId('plan-area-CHANGE_MANAGEMENT');
    await area.waitFor();
    const before = await area.getByTestId('plan-item').count();

    await operator.getByTestId('plan-area').selectOption('CHANGE_MANAGEMENT');
    await operator.getByTestId('plan-activity').fill(ACTIVITY);
    await operator.getByTestId('plan-output').fill('SK Kepala Dinas tentang tim kerja ZI');
    await operator.getByTestId('plan-person').fill('Sekretaris dinas');
    expect(await operator.getByTestId('plan-quarter').inputValue()).toBe(String(quarter));
    await operator.getByTestId('plan-add').click();
    await expect.poll(() => operator.getByTestId('plan-added').textContent()).toBe('Kegiatan ditambahkan.');
    expect(await area.getByTestId('plan-item').count()).toBe(before + 1);
    const item = area.getByTestId('plan-item').filter({ hasText: ACTIVITY });
    expect(await item.getByTestId('plan-status').textContent()).toBe('Direncanakan');
    expect(await item.getByTestId('late-badge').count()).toBe(0);
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-action-plan');
  });
});
