import { RefusalReason } from '@zi/schema/public-enums';
import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import type { ApiRefusal } from './api-errors';
import { messages } from './messages';
import { refusalText } from './refusals';

const refusal = (message: string, extensions: Record<string, unknown>): ApiRefusal => ({
  message,
  extensions,
});
const indonesian = (item: ApiRefusal) => refusalText(item, translator('id', messages), 'id');
const english = (item: ApiRefusal) => refusalText(item, translator('en', messages), 'en');

describe('a refusal in the viewer’s words', () => {
  it('says why a move was refused, in Indonesian first and in English', () => {
    const own = refusal('The second review must be made by someone other than the person who approved.', {
      code: 'FORBIDDEN',
      reason: 'WORKFLOW_OWN_APPROVAL',
    });
    expect(indonesian(own)).toBe(
      'Reviu kedua harus dilakukan orang lain, bukan orang yang menyetujui hasil evaluasi.',
    );
    expect(english(own)).toBe(
      'The second review must be made by someone other than the person who approved.',
    );
    const lead = refusal('…', { code: 'FORBIDDEN', reason: 'WORKFLOW_NOT_TEAM_LEAD' });
    expect(indonesian(lead)).toBe('Hanya ketua tim evaluator unit ini yang dapat melakukan reviu kedua.');
    expect(indonesian(refusal('…', { reason: 'WORKFLOW_STATUS' }))).toMatch(/^Tindakan ini tidak dapat/);
    expect(indonesian(refusal('…', { reason: 'WORKFLOW_ROLE' }))).toBe(
      'Peran akun Anda tidak dapat melakukan tindakan ini.',
    );
  });

  it('says which count is impossible and against which total, as the API and the form refuse it', () => {
    const over = refusal('A.II.5.ii.1.n3: A.II.5.ii.1.n3 (50) is more than A.II.5.ii.1.n1 (40)', {
      code: 'BAD_USER_INPUT',
      reason: 'COUNT_EXCEEDS_TOTAL',
      questionCode: 'A.II.5.ii.1.n3',
      related: ['A.II.5.ii.1.n1', 'A.II.5.ii.1.n2'],
    });
    expect(indonesian(over)).toBe('Jumlah A.II.5.ii.1.n3 tidak boleh melebihi jumlah A.II.5.ii.1.n1.');
    expect(english(over)).toBe('The count A.II.5.ii.1.n3 cannot exceed the count A.II.5.ii.1.n1.');
    const breakdown = refusal('…', {
      reason: 'BREAKDOWN_MISMATCH',
      questionCode: 'A.II.5.iii.a.1.n4',
      related: ['A.II.5.iii.a.1.n1'],
    });
    expect(indonesian(breakdown)).toBe('Rincian harus berjumlah sama dengan A.II.5.iii.a.1.n1.');
  });

  it('names the layer and the status as the portal labels them, from the values the API stores', () => {
    const locked = refusal('The UNIT layer cannot be edited while the assessment is second review; …', {
      code: 'FORBIDDEN',
      reason: 'LAYER_LOCKED',
      layer: 'unit',
      status: 'second_review',
    });
    expect(indonesian(locked)).toBe(
      'Lapisan Penilaian mandiri unit tidak dapat diubah saat LKE berstatus “Menunggu reviu ketua tim”.',
    );
    expect(english(locked)).toBe(
      'The layer Unit self-assessment cannot be edited while the worksheet is “Awaiting the team lead’s review”.',
    );
    expect(indonesian(refusal('…', { reason: 'LAYER_ROLE', layer: 'TPI' }))).toBe(
      'Peran akun Anda tidak dapat mengubah lapisan Evaluasi TPI.',
    );
  });

  it('says which deadline passed and when, the year written as a year', () => {
    const closed = refusal(
      'The filling window for 2026 closed on 2026-08-31; ask the Inspektorat to reopen it.',
      {
        code: 'FORBIDDEN',
        reason: 'WINDOW_CLOSED',
        layer: 'unit',
        year: 2026,
        closedOn: '2026-08-31',
      },
    );
    expect(indonesian(closed)).toBe(
      'Tenggat LKE 2026 sudah lewat (Pengisian oleh unit sampai: 31 Agustus 2026). Minta Inspektorat membuka kembali lapisan ini.',
    );
    expect(english({ ...closed, extensions: { ...closed.extensions, layer: 'tpi' } })).toBe(
      'The 2026 deadline has passed (Evaluation by the TPI until: 31 August 2026). Ask the Inspektorat to reopen this layer.',
    );
  });

  it('counts the unanswered questions of a submission', () => {
    const incomplete = refusal('3 questions are not answered yet: …', {
      code: 'BAD_USER_INPUT',
      reason: 'INCOMPLETE',
      incomplete: ['A.I.1.i.b', 'B.I.a.1', 'A.II.5.iii.a.1'],
    });
    expect(indonesian(incomplete)).toBe(
      '3 pertanyaan belum dijawab; LKE baru dapat diajukan setelah semua pertanyaan dijawab.',
    );
  });

  it('counts the questions the TPI has not evaluated when an approval is refused', () => {
    const incomplete = refusal('112 questions are not evaluated by the TPI yet: …', {
      code: 'BAD_USER_INPUT',
      reason: 'TPI_INCOMPLETE',
      incomplete: ['A.I.1.i.b', 'B.I.a.1'],
    });
    expect(indonesian(incomplete)).toMatch(
      /^2 pertanyaan belum dinilai TPI; hasil evaluasi baru dapat disetujui/,
    );
    expect(english(incomplete)).toMatch(/^2 questions are not evaluated by the TPI yet; /);
  });

  it('names the file an upload refused, and what is accepted', () => {
    expect(indonesian(refusal('…', { reason: 'FILE_TOO_LARGE', name: 'video.mp4', maxMb: 20 }))).toBe(
      'video.mp4: berkas lebih besar dari batas 20 MB.',
    );
    expect(english(refusal('…', { reason: 'FILE_TOO_LARGE', name: 'video.mp4', maxMb: 2.5 }))).toBe(
      'video.mp4: the file is larger than the 2.5 MB limit.',
    );
    // The API writes the limit as English text.
    expect(indonesian(refusal('…', { reason: 'FILE_TOO_LARGE', name: 'besar.pdf', maxMb: '0.1' }))).toBe(
      'besar.pdf: berkas lebih besar dari batas 0,1 MB.',
    );
    expect(indonesian(refusal('…', { reason: 'FILE_TOO_LARGE', name: 'besar.pdf', maxMb: '1,024' }))).toBe(
      'besar.pdf: berkas lebih besar dari batas 1.024 MB.',
    );
    expect(
      indonesian(
        refusal('…', { reason: 'FILE_TYPE_NOT_ALLOWED', name: 'setup.exe', allowed: ['PDF', 'JPG'] }),
      ),
    ).toBe('setup.exe: jenis berkas ini tidak diterima. Yang diterima: PDF, JPG.');
    expect(
      indonesian(
        refusal('…', { reason: 'FILE_TYPE_NOT_ALLOWED', name: 'setup.exe', allowed: 'PDF, JPG, PNG' }),
      ),
    ).toBe('setup.exe: jenis berkas ini tidak diterima. Yang diterima: PDF, JPG, PNG.');
    expect(indonesian(refusal('…', { reason: 'FILE_EMPTY', name: 'kosong.pdf' }))).toBe(
      'kosong.pdf: berkas kosong.',
    );
    expect(indonesian(refusal('…', { reason: 'TOO_MANY_FILES', max: 20 }))).toBe(
      'Paling banyak 20 berkas dalam satu unggahan.',
    );
  });

  it('says which limit of the zip guard a workbook broke, the unpacked size in MB', () => {
    const unpacked = refusal('The file unpacks to more than 96 MB.', {
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'ARCHIVE_TOO_LARGE',
      limit: 'UNPACKED_SIZE',
      max: 100_663_296,
    });
    expect(indonesian(unpacked)).toBe(
      'Berkas ini ditolak sebelum dibuka: isinya lebih dari 96 MB setelah diekstrak. Periksa apakah berkasnya benar, lalu simpan ulang dari Excel atau LibreOffice.',
    );
    expect(english(unpacked)).toBe(
      'This file was refused before it was opened: it unpacks to more than 96 MB. Check that it is the right file, then save it again from Excel or LibreOffice.',
    );
    const entries = refusal('…', { reason: 'ARCHIVE_TOO_LARGE', limit: 'ENTRIES', max: 1_000 });
    expect(indonesian(entries)).toMatch(
      /^Berkas ini ditolak sebelum dibuka: berkas ini memuat lebih dari 1\.000 bagian\./,
    );
    expect(english(entries)).toMatch(
      /^This file was refused before it was opened: it holds more than 1,000 parts\./,
    );
    const ratio = refusal('…', { reason: 'ARCHIVE_TOO_LARGE', limit: 'RATIO', max: 100 });
    expect(indonesian(ratio)).toMatch(
      /: salah satu bagiannya mengembang lebih dari 100 kali ukuran terkompresnya\./,
    );
    expect(english(ratio)).toMatch(/: a part of it unpacks to more than 100 times its packed size\./);
    // Without a limit it knows, the API's own message.
    expect(english(refusal('Too large.', { reason: 'ARCHIVE_TOO_LARGE', limit: 'DEPTH', max: 3 }))).toBe(
      'Too large.',
    );
    expect(indonesian(refusal('…', { reason: 'NO_FILE' }))).toBe(
      'Tidak ada berkas yang terkirim. Pilih berkasnya lagi.',
    );
    expect(indonesian(refusal('…', { code: 'FORBIDDEN', reason: 'EVIDENCE_LOCKED' }))).toBe(
      'LKE ini sudah diajukan: bukti dukungnya dapat diganti, tetapi tidak dapat dihapus.',
    );
  });

  it('says why a write was refused as coming from another site, or from a page that is too old', () => {
    const crossSite = refusal('A request from another site may not change anything here.', {
      code: 'FORBIDDEN',
      reason: 'CROSS_SITE_REQUEST',
      header: 'apollo-require-preflight',
    });
    expect(indonesian(crossSite)).toBe(
      'Permintaan ini datang dari situs lain sehingga ditolak; tidak ada yang berubah. Buka portal langsung dari alamatnya, lalu coba lagi.',
    );
    expect(english(crossSite)).toBe(
      'This request came from another site and was refused; nothing was changed. Open the portal at its own address, then try again.',
    );
    expect(indonesian(refusal('…', { code: 'FORBIDDEN', reason: 'CSRF_HEADER_REQUIRED' }))).toMatch(
      /^Halaman ini dibuka sebelum portal diperbarui/,
    );
  });

  it('keeps the API’s own message for a reason it does not know, or one without what it needs', () => {
    expect(indonesian(refusal('Something new went wrong.', { code: 'FORBIDDEN', reason: 'NEW_RULE' }))).toBe(
      'Something new went wrong.',
    );
    // No answer from the API at all, and the server's own fault, are said plainly.
    expect(indonesian(refusal('Failed to fetch', {}))).toMatch(/^Server tidak dapat dihubungi/);
    expect(indonesian(refusal('Internal server error.', { code: 'INTERNAL_SERVER_ERROR' }))).toMatch(
      /^Terjadi kesalahan di server/,
    );
    expect(indonesian(refusal('Too busy.', { code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' }))).toMatch(
      /^Server sedang sangat sibuk/,
    );
    expect(indonesian(refusal('The layer is locked.', { reason: 'LAYER_LOCKED', layer: 'unit' }))).toBe(
      'The layer is locked.',
    );
    expect(
      indonesian(refusal('Too large.', { reason: 'FILE_TOO_LARGE', name: 'a.pdf', maxMb: 'besar' })),
    ).toBe('Too large.');
    expect(indonesian(refusal('Too large.', { reason: 'FILE_TOO_LARGE', name: 'a.pdf', maxMb: '' }))).toBe(
      'Too large.',
    );
    expect(indonesian(refusal('Closed.', { reason: 'WINDOW_CLOSED', layer: 'archive', year: 2026 }))).toBe(
      'Closed.',
    );
  });
});

describe('the registry’s refusals', () => {
  it('say which name, code or email is taken, in both languages', () => {
    const taken = refusal('name: another unit of your instansi has this name', {
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'UNIT_NAME_TAKEN',
    });
    expect(indonesian(taken)).toBe('Unit lain di instansi Anda sudah memakai nama ini.');
    expect(english(taken)).toBe('Another unit of your instansi already has this name.');
    expect(indonesian(refusal('…', { reason: 'UNIT_CODE_TAKEN' }))).toBe(
      'Unit lain di instansi Anda sudah memakai kode ini.',
    );
    expect(indonesian(refusal('…', { reason: 'EMAIL_TAKEN' }))).toBe('Email ini sudah dipakai akun lain.');
  });

  it('explain refused people, assignments and links', () => {
    expect(indonesian(refusal('…', { code: 'FORBIDDEN', reason: 'SELF_CHANGE' }))).toBe(
      'Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.',
    );
    expect(indonesian(refusal('…', { reason: 'NO_UNITS' }))).toBe(
      'Tidak ada unit aktif di instansi Anda yang cocok dengan pilihan ini.',
    );
    expect(english(refusal('…', { reason: 'LINK_INVALID', field: 'token' }))).toBe(
      'This link is unknown, used or expired. Ask the Inspektorat for a new one.',
    );
  });

  it('word the problems of an imported file by their reason', () => {
    expect(indonesian(refusal('jenis must be one of …', { reason: 'INVALID_KIND' }))).toBe(
      'Jenis harus salah satu dari: dinas, badan, rsud, puskesmas, sekolah, kecamatan, lainnya.',
    );
    expect(english(refusal('kode repeats row 2 of this file', { reason: 'DUPLICATE_IN_FILE' }))).toBe(
      'This value is already in another row of this file.',
    );
    expect(indonesian(refusal('…', { reason: 'UNREADABLE_FILE' }))).toBe(
      'Berkas ini bukan CSV atau XLSX yang dapat dibaca.',
    );
  });

  it('names the quarter and the day monitoring, coaching and action plans refuse, as monitoring names them', () => {
    const closed = refusal(
      'recommendations.0.followUps.1.dueOn falls in quarter 3 of 2026, which has closed',
      {
        code: 'BAD_USER_INPUT',
        field: 'recommendations.0.followUps.1.dueOn',
        reason: 'DUE_IN_CLOSED_QUARTER',
        year: 2026,
        quarter: 3,
      },
    );
    expect(indonesian(closed)).toBe(
      'Tanggal ini jatuh pada Triwulan III 2026, yang sudah berakhir. Pilih tanggal mulai hari ini.',
    );
    expect(english(closed)).toBe('This date falls in Q3 2026, which has ended. Choose a date from today on.');
    expect(indonesian(refusal('…', { reason: 'DUE_IN_PAST', today: '2026-11-22' }))).toBe(
      'Tenggat tidak boleh sebelum hari ini (22 November 2026).',
    );
    expect(indonesian(refusal('…', { reason: 'ROUND_EXISTS', year: 2026, quarter: 4 }))).toBe(
      'Putaran monev Triwulan IV 2026 sudah dibuka.',
    );
    expect(english(refusal('…', { reason: 'QUARTER_CLOSED', year: 2026, quarter: 1 }))).toBe(
      'Q1 2026 has ended; choose the current quarter or a later one.',
    );
    expect(indonesian(refusal('…', { reason: 'RANGE_ORDER' }))).toBe(
      'Waktu akhir harus sesudah waktu mulai.',
    );
    expect(indonesian(refusal('…', { reason: 'NOTE_REQUIRED' }))).toBe(
      'Tuliskan apa yang masih kurang, agar unit dapat melengkapinya.',
    );
    // Without the quarter its sentence needs, the API's own message.
    expect(indonesian(refusal('The round is closed.', { reason: 'ROUND_CLOSED', year: 2026 }))).toBe(
      'The round is closed.',
    );
  });

  it('says which rule an input value broke, with the rule’s own bound', () => {
    const tooLong = refusal('name must be 1 to 200 characters', {
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'TOO_LONG',
      max: 200,
    });
    expect(indonesian(tooLong)).toBe('Paling banyak 200 karakter.');
    expect(english(tooLong)).toBe('At most 200 characters.');
    expect(indonesian(refusal('…', { reason: 'REQUIRED' }))).toBe('Wajib diisi.');
    expect(indonesian(refusal('…', { reason: 'BELOW_MINIMUM', min: 2012 }))).toBe('Paling kecil 2012.');
    expect(indonesian(refusal('…', { reason: 'TOO_FEW_ITEMS', min: 1 }))).toBe(
      'Pilih atau isi paling sedikit 1.',
    );
    expect(indonesian(refusal('…', { reason: 'NOT_AN_EMAIL' }))).toMatch(/^Isi dengan alamat email/);
    expect(indonesian(refusal('…', { reason: 'INVALID_INSTANSI_REGION' }))).toMatch(/^Kode wilayah instansi/);
    expect(indonesian(refusal('…', { reason: 'WRONG_CREDENTIALS' }))).toBe('Email atau kata sandi salah.');
    expect(english(refusal('…', { reason: 'TOO_MANY_LOGINS', minutes: 15 }))).toBe(
      'Too many failed logins for this account. Try again in 15 minutes.',
    );
    expect(english(refusal('…', { reason: 'TOO_MANY_LOGINS', minutes: 1 }))).toBe(
      'Too many failed logins for this account. Try again in 1 minute.',
    );
    expect(indonesian(refusal('…', { reason: 'TOO_MANY_LOGINS', minutes: 1 }))).toMatch(
      /Coba lagi dalam 1 menit\.$/,
    );
    expect(indonesian(refusal('…', { reason: 'TOO_MANY_LOGINS_FROM_ADDRESS', minutes: 12 }))).toMatch(
      /^Terlalu banyak percobaan masuk yang gagal dari alamat jaringan ini\. Coba lagi dalam 12 menit/,
    );
    expect(indonesian(refusal('…', { reason: 'ASSESSMENT_EXISTS', year: 2026 }))).toBe(
      'Unit ini sudah memiliki LKE tahun 2026.',
    );
    expect(indonesian(refusal('…', { reason: 'DECREE_BEFORE_PROPOSAL', proposedOn: '2026-10-01' }))).toBe(
      'Tanggal SK tidak boleh sebelum tanggal pengusulan (1 Oktober 2026).',
    );
    expect(indonesian(refusal('…', { reason: 'NOT_FOUND' }))).toMatch(/^Data ini tidak ditemukan/);
    // A bound the sentence needs but the refusal lacks: the API's own message.
    expect(indonesian(refusal('name is too long', { reason: 'TOO_LONG' }))).toBe('name is too long');
  });
});

describe('every reason the API refuses with', () => {
  it('has a sentence in Indonesian and in English', () => {
    const reasons = Object.values(RefusalReason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const locale of ['id', 'en'] as const) {
      const t = translator(locale, messages);
      for (const reason of reasons)
        expect(t(`refusal.${reason}`)?.trim(), `${locale} ${reason}`).toBeTruthy();
    }
  });

  it('says why the server could not serve a request now, by its reason', () => {
    const queueFull = refusal('The server is reading other workbooks right now.', {
      code: 'SERVICE_UNAVAILABLE',
      reason: 'WORKBOOK_QUEUE_FULL',
    });
    expect(english(queueFull)).toBe(
      'The server is reading other workbooks right now. Nothing was changed; try again in a moment.',
    );
    expect(indonesian(refusal('Too busy.', { code: 'SERVICE_UNAVAILABLE' }))).toBe(
      'Server sedang sangat sibuk. Tidak ada yang berubah; coba lagi sebentar lagi.',
    );
  });
});
