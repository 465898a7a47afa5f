import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { baseUrl, browserMissing, launchBrowser, newPage, screenshot } from './browser.js';
import { login } from './session.js';

const NEW_PASSWORD = 'kopi pagi di kantor inspektorat';
const EVALUATOR = { name: 'Evaluator Uji-E2E', email: 'evaluator.uji-e2e@demo.zi.id' };
/** A word only the imported units have in their names; their region code is theirs alone too. */
const MARK = 'Uji-E2E';
const REGION = '99.77';

const HEADER = 'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik';
const BAD_CSV = [
  HEADER,
  `E2E-PKM-01;Puskesmas ${MARK} Satu;puskesmas;${REGION};Jl. Uji 1;dr. Satu;ya`,
  `E2E-PKM-02;Puskesmas ${MARK} Dua;klinik;${REGION};;;ya`,
  `E2E-SMA-01;SMA ${MARK};sekolah;9977;;;mungkin`,
].join('\n');
const GOOD_CSV = [
  HEADER,
  `E2E-PKM-01;Puskesmas ${MARK} Satu;puskesmas;${REGION};Jl. Uji 1;dr. Satu;ya`,
  `E2E-PKM-02;Puskesmas ${MARK} Dua;puskesmas;${REGION};Jl. Uji 2;dr. Dua;ya`,
  `E2E-SMA-01;SMA ${MARK};sekolah;${REGION};;;tidak`,
].join('\n');

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const texts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();

describe.skipIf(browserMissing)('units and people: import, accounts, assignments, notifications', () => {
  let browser: Browser;
  /** The one-time link the admin is shown for the new evaluator. */
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews a units file with every problem by row and column, then saves a good one', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.getByTestId('nav-/kelola').click();
    await page.getByTestId('registry-section-import').click();

    await page.getByTestId('unit-import-file').setInputFiles(csv('unit-salah.csv', BAD_CSV));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.locator('h3').first().textContent()).toBe('Pratinjau unit-salah.csv');
    expect(await page.getByTestId('import-create').textContent()).toBe('1');
    expect(await page.getByTestId('import-invalid').textContent()).toBe('2');
    const problems = await page
      .getByTestId('import-problem')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
      );
    expect(problems).toEqual([
      [
        '3',
        'jenis',
        'Jenis harus salah satu dari: dinas, badan, rsud, puskesmas, sekolah, kecamatan, lainnya.',
      ],
      ['4', 'kode_wilayah', 'Kode wilayah harus seperti 64, 64.71 atau 64.71.01.'],
      ['4', 'layanan_publik', 'Isi dengan ya atau tidak.'],
    ]);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-units-import-problems');

    await page.getByTestId('unit-import-file').setInputFiles(csv('unit-benar.csv', GOOD_CSV));
    await expect.poll(() => preview.locator('h3').first().textContent()).toBe('Pratinjau unit-benar.csv');
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await page.getByTestId('import-create').textContent()).toBe('3');
    expect(await texts(page, 'import-row')).toHaveLength(3);
    const commit = page.getByTestId('import-commit');
    expect(await commit.textContent()).toBe('Simpan 3 perubahan');
    await commit.click();
    await expect
      .poll(() => page.getByTestId('import-done').locator('h3').textContent())
      .toBe('Impor tersimpan: 3 unit baru, 0 diperbarui, 0 tidak berubah.');

    // The units are registered: the list finds them, with their codes, and no evaluator yet.
    await page.getByTestId('import-view-units').click();
    await page.getByTestId('search').fill(MARK);
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => texts(page, 'registry-unit-row')).toHaveLength(3);
    const rows = await texts(page, 'registry-unit-row');
    expect(rows.some((row) => row.includes(`Puskesmas ${MARK} Satu`) && row.includes('E2E-PKM-01'))).toBe(
      true,
    );
    expect(rows.every((row) => row.includes('Belum ada'))).toBe(true);
    await screenshot(page, 'admin-units-imported');
  });

  it('adds an evaluator, who sets a password through the one-time link and signs in', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/kelola?bagian=pengguna`);
    await page.getByTestId('person-add').click();

    // The form names what is missing beside each field before asking the API.
    await page.getByTestId('person-save').click();
    expect(await page.getByTestId('person-name-error').textContent()).toBe('Wajib diisi.');
    expect(await page.getByTestId('person-role-error').textContent()).toBe('Pilih peran.');
    await page.getByTestId('person-name').fill(EVALUATOR.name);
    await page.getByTestId('person-email').fill('evaluator.uji-e2e@demo');
    await page.getByTestId('person-role').selectOption('EVALUATOR');
    await page.getByTestId('person-save').click();
    expect(await page.getByTestId('person-email-error').textContent()).toBe(
      'Tulis alamat email yang lengkap, mis. nama@instansi.go.id.',
    );
    // An address another account has is refused by the API, beside the field, in Indonesian.
    await page.getByTestId('person-email').fill('evaluator@demo.zi.id');
    await page.getByTestId('person-save').click();
    await expect
      .poll(() => page.getByTestId('person-email-error').textContent())
      .toBe('Email ini sudah dipakai akun lain.');
    await page.getByTestId('person-email').fill(EVALUATOR.email);
    await page.getByTestId('person-save').click();

    // Mail is not configured here, so the admin is shown the link to hand over.
    const invitation = page.getByTestId('invitation');
    await invitation.waitFor();
    expect(await invitation.locator('h2').textContent()).toBe(`Berikan tautan ini kepada ${EVALUATOR.name}`);
    link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/admin\/kata-sandi\?token=[\w-]{20,}$/);
    await page.getByTestId('invitation-copy').click();
    await expect.poll(() => invitation.getByRole('status').textContent()).toBe('Tautan tersalin.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-person-invitation');
    await page.getByTestId('people-search').fill(MARK);
    await page.getByTestId('people-search').press('Enter');
    await expect.poll(() => texts(page, 'person-row')).toHaveLength(1);
    expect((await texts(page, 'person-row'))[0]).toContain(
      '0 unit · ketua tim di 0 · 0 LKE menunggu evaluasi',
    );

    // A fresh browser, as the evaluator's own, opens the link.
    const own = await newPage(browser);
    await own.goto(link);
    await own.getByTestId('set-password-page').waitFor();
    await own.getByTestId('set-password-password').fill('pendek');
    await own.getByTestId('set-password-submit').click();
    expect(await own.getByTestId('set-password-password-error').textContent()).toBe(
      'Kata sandi paling sedikit 10 karakter.',
    );
    await own.getByTestId('set-password-password').fill(NEW_PASSWORD);
    await own.getByTestId('set-password-confirm').fill(`${NEW_PASSWORD}!`);
    await own.getByTestId('set-password-submit').click();
    expect(await own.getByTestId('set-password-confirm-error').textContent()).toBe(
      'Kedua kata sandi tidak sama.',
    );
    await own.getByTestId('set-password-confirm').fill(NEW_PASSWORD);
    await own.getByTestId('set-password-submit').click();
    await own.getByTestId('set-password-done').waitFor();
    await screenshot(own, 'admin-set-password-done');
    await own.getByTestId('set-password-login').click();
    await own.waitForURL(/\/admin\/login/);
    await own.getByTestId('login-email').fill(EVALUATOR.email);
    await own.getByTestId('login-password').fill(NEW_PASSWORD);
    await own.getByTestId('login-submit').click();
    await expect.poll(() => own.getByTestId('current-user').textContent()).toBe(EVALUATOR.name);

    // The link worked once.
    const again = await newPage(browser);
    await again.goto(link);
    await again.getByTestId('set-password-password').fill(NEW_PASSWORD);
    await again.getByTestId('set-password-confirm').fill(NEW_PASSWORD);
    await again.getByTestId('set-password-submit').click();
    await expect
      .poll(() => again.getByTestId('set-password-error').locator('.alert__message').textContent())
      .toBe(
        'Tautan ini tidak dikenal, sudah dipakai, atau sudah kedaluwarsa. Minta tautan baru kepada Inspektorat.',
      );
  });

  it('assigns the evaluator to units by kind and region, shows the workload change, and notifies them', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/kelola?bagian=penugasan`);
    await page.getByTestId('evaluator-search').fill(MARK);
    const option = page.getByTestId('evaluator-option').filter({ hasText: EVALUATOR.name });
    await expect
      .poll(() => option.getByTestId('workload').textContent())
      .toBe('0 unit · ketua tim di 0 · 0 LKE menunggu evaluasi');

    // Nothing chosen: the form says what is missing.
    await page.getByTestId('assign-submit').click();
    expect(await page.getByTestId('assign-evaluators-error').textContent()).toBe(
      'Pilih paling sedikit satu evaluator.',
    );
    expect(await page.getByTestId('assign-units-error').textContent()).toBe(
      'Pilih jenis unit atau isi kode wilayah.',
    );

    await option.locator('input[type="checkbox"]').check();
    await page.getByTestId('assign-kind').selectOption('PUSKESMAS');
    await page.getByTestId('assign-region').fill(REGION);
    await expect
      .poll(() => page.getByTestId('assign-matching').textContent())
      .toBe('Unit aktif yang cocok: 2');
    await page.getByTestId('assign-submit').click();
    await expect
      .poll(() => page.getByTestId('assign-done').textContent())
      .toBe('Selesai: 2 unit cocok, 2 penugasan baru atau berubah.');
    await expect
      .poll(() => option.getByTestId('workload').textContent())
      .toBe('2 unit · ketua tim di 0 · 0 LKE menunggu evaluasi');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-assign-evaluators');

    // The units list names the evaluator on each of the two.
    await page.goto(`${baseUrl}/admin/kelola?q=${encodeURIComponent(MARK)}`);
    await expect.poll(() => texts(page, 'registry-unit-row')).toHaveLength(3);
    const rows = await texts(page, 'registry-unit-row');
    expect(rows.filter((row) => row.includes(EVALUATOR.name))).toHaveLength(2);

    // The evaluator sees the notification: counted on the bell, worded on the page, read once opened.
    const own = await newPage(browser);
    await login(own, EVALUATOR.email, { password: NEW_PASSWORD });
    const bell = own.getByTestId('notification-bell');
    await expect.poll(() => own.getByTestId('notification-count').textContent()).toBe('1');
    expect(await bell.getAttribute('aria-label')).toBe('Notifikasi, 1 belum dibaca');
    // An evaluator starts on their queue; their units are on the units page.
    await own.waitForURL(/\/admin\/antrian$/);
    await own.goto(`${baseUrl}/admin/`);
    await expect.poll(() => own.getByTestId('unit-row').count()).toBe(2);
    await bell.click();
    await own.waitForURL(/\/admin\/notifikasi$/);
    const notification = own.getByTestId('notification').filter({ hasText: 'Penugasan unit' });
    await expect
      .poll(() => notification.getByTestId('notification-text').textContent())
      .toBe(`Anda ditugaskan mengevaluasi 2 unit: Puskesmas ${MARK} Dua, Puskesmas ${MARK} Satu.`);
    expect(await notification.locator('h2').textContent()).toBe('Baru Penugasan unit');
    expect(await seriousViolations(own)).toEqual([]);
    await screenshot(own, 'admin-notifications');
    await notification.getByTestId('notification-open').click();
    await own.waitForURL(/\/admin\/antrian$/);
    await expect.poll(() => own.getByTestId('notification-count').count()).toBe(0);
    await own.getByTestId('notification-bell').click();
    await own.getByTestId('notifications-unread').click();
    await expect
      .poll(() => own.getByTestId('notifications-empty').textContent())
      .toBe('Semua notifikasi sudah dibaca.');
  });

  it('archives the imported units after asking why, and restores one from the archive', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@demo.zi.id');
    await page.goto(`${baseUrl}/admin/kelola?q=${encodeURIComponent(MARK)}`);
    const rows = page.getByTestId('registry-unit-row');
    await expect.poll(() => rows.count()).toBe(3);

    // The archive asks for a reason first.
    await rows.first().getByTestId('unit-archive').click();
    const dialog = page.getByTestId('archive-dialog');
    expect(await dialog.locator('h2').textContent()).toMatch(/^Arsipkan .+\?$/);
    await page.getByTestId('archive-confirm').click();
    expect(await page.getByTestId('archive-reason-error').textContent()).toBe('Tulis alasan pengarsipan.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-archive-dialog');
    for (let left = 3; left > 0; left -= 1) {
      if (left < 3) await rows.first().getByTestId('unit-archive').click();
      await page.getByTestId('archive-reason').fill('Data uji otomatis, bukan unit sungguhan.');
      await page.getByTestId('archive-confirm').click();
      await expect.poll(() => page.getByTestId('registry-done').textContent()).toMatch(/diarsipkan\./);
      await expect.poll(() => rows.count()).toBe(left - 1);
    }

    // The archive keeps them with the reason; one restored is listed again, then archived for good.
    await page.getByTestId('registry-section-archive').click();
    const archived = page.getByTestId('archived-unit-row').filter({ hasText: MARK });
    await expect.poll(() => archived.count()).toBe(3);
    expect(await archived.first().textContent()).toContain('Data uji otomatis, bukan unit sungguhan.');
    await archived
      .filter({ hasText: `SMA ${MARK}` })
      .getByTestId('unit-restore')
      .click();
    await expect
      .poll(() => page.getByTestId('registry-done').textContent())
      .toBe(`“SMA ${MARK}” dipulihkan ke daftar unit.`);
    await expect.poll(() => archived.count()).toBe(2);
    await page.goto(`${baseUrl}/admin/kelola?q=${encodeURIComponent(MARK)}`);
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByTestId('unit-archive').click();
    await page.getByTestId('archive-reason').fill('Data uji otomatis, bukan unit sungguhan.');
    await page.getByTestId('archive-confirm').click();
    await expect.poll(() => rows.count()).toBe(0);
  });
});
