import type { AnswerLayer, AssessmentStatus, QuestionStatus, Role } from '@zi/schema/admin';
import type { InstansiKind, PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';

const stage: Record<Stage, string> = {
  DECLARED: 'Pencanangan',
  BUILDING: 'Pembangunan',
  SELF_ASSESSED: 'Penilaian mandiri',
  TPI_EVALUATED: 'Dievaluasi TPI',
  PROPOSED: 'Diusulkan ke KemenPANRB',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
  NOT_AWARDED: 'Tidak ditetapkan TPN',
  REVOKED: 'Predikat dicabut',
};

const unitKind: Record<UnitKind, string> = {
  DINAS: 'Dinas',
  BADAN: 'Badan',
  RSUD: 'Rumah sakit daerah (RSUD)',
  PUSKESMAS: 'Puskesmas',
  SCHOOL: 'Sekolah',
  KECAMATAN: 'Kecamatan',
  OTHER: 'Unit lainnya',
};

const predicate: Record<PredicateKind, string> = {
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

const instansiKind: Record<InstansiKind, string> = {
  PROVINCE: 'Provinsi',
  REGENCY: 'Kabupaten',
  CITY: 'Kota',
  MINISTRY: 'Kementerian/lembaga',
};

const role: Record<Role, string> = {
  ADMIN: 'Inspektorat',
  EVALUATOR: 'Evaluator TPI',
  UNIT_OPERATOR: 'Operator unit',
};

const sort: Record<UnitSort, string> = {
  'name-asc': 'Nama A–Z',
  'name-desc': 'Nama Z–A',
  latest: 'Tahap terbaru',
};

const assessmentStatus: Record<AssessmentStatus, string> = {
  DRAFT: 'Diisi unit',
  SUBMITTED: 'Diajukan ke TPI',
  IN_REVIEW: 'Sedang dievaluasi TPI',
  EVALUATED: 'Selesai dievaluasi',
  RETURNED: 'Dikembalikan untuk perbaikan',
};

const layer: Record<AnswerLayer, string> = {
  UNIT: 'Penilaian mandiri unit',
  TPI: 'Evaluasi TPI',
  REVIEW: 'Reviu pimpinan TPI',
};

const layerShort: Record<AnswerLayer, string> = {
  UNIT: 'Unit',
  TPI: 'TPI',
  REVIEW: 'Reviu',
};

const questionStatus: Record<QuestionStatus, string> = {
  ANSWERED: 'Terjawab',
  UNANSWERED: 'Belum dijawab',
  NOT_APPLICABLE: 'Tidak berlaku',
};

/** Bahasa Indonesia, the default language; every other dictionary has exactly these keys. */
export const id = {
  'language.switch': 'English',

  'layout.skipToContent': 'Langsung ke konten utama',
  'status.loading': 'Memuat…',
  'error.title': 'Terjadi kesalahan',
  'error.retry': 'Coba lagi',

  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.notRecorded': 'Tidak tercatat',

  'site.name': 'Registri Zona Integritas',
  'site.tagline': 'Unit kerja pemerintah yang membangun Zona Integritas menuju WBK dan WBBM',
  'site.footer':
    'Data Zona Integritas dicatat oleh Inspektorat tiap instansi, mengikuti PermenPANRB 90/2021. Predikat ditetapkan oleh KemenPANRB.',
  'site.adminLink': 'Portal Inspektorat',

  'filters.label': 'Saring unit',
  'filters.search': 'Cari nama unit',
  'filters.searchHint': 'Semua kata harus ada di nama unit, mis. “RSUD” atau “SMA Negeri 1”.',
  'filters.searchSubmit': 'Cari',
  'filters.stage': 'Tahap',
  'filters.kind': 'Jenis unit',
  'filters.predicate': 'Predikat aktif',
  'filters.instansi': 'Instansi',
  'filters.year': 'Tahun program',
  'filters.sort': 'Urutkan',
  'filters.any': 'Semua',
  'filters.reset': 'Hapus semua filter',

  'results.total': 'Unit yang cocok: {count}',
  'results.empty': 'Tidak ada unit yang cocok dengan pencarian ini.',
  'pager.label': 'Halaman hasil',
  'pager.next': 'Halaman berikutnya',
  'pager.first': 'Kembali ke halaman pertama',

  'unit.name': 'Nama unit',
  'unit.instansi': 'Instansi',
  'unit.kind': 'Jenis',
  'unit.stage': 'Tahap saat ini',
  'unit.stageSince': 'sejak {date}',
  'unit.predicate': 'Predikat aktif',
  'unit.head': 'Pimpinan unit',
  'unit.address': 'Alamat',
  'unit.servesPublic': 'Melayani publik langsung',
  'stage.none': 'Belum membangun ZI',
  'predicate.none': 'Belum ada',

  'directory.title': 'Direktori unit kerja Zona Integritas',
  'directory.intro':
    'Cari unit kerja pemerintah yang sedang membangun Zona Integritas, lihat tahap yang sudah dicapai, predikat Menuju WBK atau Menuju WBBM yang dipegang, dan pakta integritas yang ditandatangani.',
  'directory.caption': 'Daftar unit kerja',

  'unitPage.back': 'Kembali ke direktori',
  'unitPage.profile': 'Profil unit',
  'unitPage.timeline': 'Perjalanan Zona Integritas',
  'unitPage.timelineEmpty': 'Unit ini belum mencanangkan Zona Integritas.',
  'unitPage.programYear': 'Tahun program {year}',
  'unitPage.source': 'Sumber',
  'unitPage.predicates': 'Predikat',
  'unitPage.predicatesEmpty': 'Unit ini belum pernah meraih predikat Menuju WBK atau Menuju WBBM.',
  'unitPage.predicateTitle': '{predicate} tahun {year}',
  'unitPage.decree': 'Keputusan (SK)',
  'unitPage.decreeDate': 'Tanggal SK',
  'unitPage.revoked': 'Dicabut',
  'unitPage.revokedOn': 'Dicabut pada',
  'unitPage.revocationReason': 'Alasan pencabutan',
  'unitPage.pacts': 'Pakta Integritas',
  'unitPage.pactsIntro':
    'Janji tertulis pimpinan dan pegawai untuk menolak korupsi, kolusi dan nepotisme (PermenPANRB 49/2011).',
  'unitPage.pactsEmpty': 'Belum ada pakta integritas yang tercatat.',
  'unitPage.pactSignedOn': 'Tanggal tanda tangan',
  'unitPage.pactLeader': 'Pimpinan penandatangan',
  'unitPage.pactSignatories': 'Jumlah penandatangan',
  'unitPage.pactSignatoryCount': '{count} orang',
  'unitPage.pactDocument': 'Dokumen',
  'unitPage.pactDocumentLink': 'Lihat dokumen pakta',
  'unitPage.pactVerification': 'Kode verifikasi',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak ada di situs ini.',
  'notFound.unitTitle': 'Unit tidak ditemukan',
  'notFound.unitBody':
    'Tidak ada unit kerja dengan alamat ini. Periksa tautannya, atau cari unit di direktori.',
  'notFound.toDirectory': 'Buka direktori unit',

  'admin.name': 'Portal Inspektorat Zona Integritas',
  'admin.publicSite': 'Situs publik',
  'login.title': 'Masuk',
  'login.intro': 'Untuk Inspektorat, evaluator TPI dan operator unit kerja.',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Sedang masuk…',
  'login.failed': 'Gagal masuk',
  'login.sessionEnded': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'user.logout': 'Keluar',
  'units.title': 'Unit kerja',
  'units.intro': 'Unit kerja dalam cakupan akun Anda.',
  'units.caption': 'Unit kerja dalam cakupan Anda',
  'units.publicPage': 'Halaman publik',
  'units.lkeYear': 'Tahun LKE',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'Belum ada LKE',
  'units.lkeOpen': 'Buka LKE',
  'units.lkeOf': 'LKE {unit}',
  'units.layerTotal': '{layer} {total}',

  'worksheet.title': 'Lembar Kerja Evaluasi (LKE)',
  'worksheet.documentTitle': 'LKE {year} · {unit}',
  'worksheet.back': 'Kembali ke daftar unit kerja',
  'worksheet.year': 'LKE tahun {year}',
  'worksheet.layers': 'Lapisan jawaban',
  'worksheet.total': 'Nilai total',
  'worksheet.outOf': 'dari {max}',
  'worksheet.answered': 'Pertanyaan terjawab',
  'worksheet.answeredCount': '{answered} dari {questions}',
  'worksheet.noScore': 'Belum ada jawaban pada lapisan ini.',
  'worksheet.notFoundTitle': 'LKE tidak ditemukan',
  'worksheet.notFoundBody':
    'Tidak ada LKE dengan alamat ini dalam cakupan akun Anda. Periksa tautannya, atau buka LKE dari daftar unit kerja.',

  'eligibility.title': 'Syarat predikat',
  'eligibility.intro': 'Syarat nilai minimal untuk diusulkan, diperiksa dengan nilai lapisan ini.',
  'eligibility.eligible': 'Memenuhi syarat',
  'eligibility.notEligible': 'Belum memenuhi syarat',
  'eligibility.failing': 'Syarat belum terpenuhi: {count} dari {total}',
  'eligibility.rule': 'Syarat',
  'eligibility.value': 'Nilai',
  'eligibility.threshold': 'Batas',
  'eligibility.result': 'Hasil',
  'eligibility.passed': 'Terpenuhi',
  'eligibility.gap': 'Kurang {gap}',
  'eligibility.notHeld': 'Belum terpenuhi',

  'priorities.title': 'Apa yang perlu diperbaiki dulu',
  'priorities.intro':
    'Pertanyaan yang paling menambah nilai bila dijawab sebaik-baiknya; yang membantu syarat yang belum terpenuhi didahulukan.',
  'priorities.gain': '+{gain} poin',
  'priorities.ratio': 'nilai sekarang {ratio}',
  'priorities.helps': 'Membantu syarat:',
  'priorities.empty': 'Tidak ada pertanyaan yang masih bisa menambah nilai.',

  'tree.title': 'Lembar kerja',
  'tree.intro': 'Buka sebuah area untuk melihat pertanyaan, kriteria, jawaban dan nilainya.',
  'tree.score': '{score} dari {weight}',
  'tree.weight': 'bobot {weight}',
  'tree.answered': '{answered}/{questions} terjawab',
  'tree.notApplicable':
    'Tidak berlaku: tidak ada pertanyaan yang dapat diukur, sub-area mendapat nilai penuh.',

  'question.answer': 'Jawaban',
  'question.noAnswer': 'Belum ada jawaban',
  'question.chosen': 'dipilih',
  'question.scale': 'skala {min}–{max}',
  'question.criteria': 'Kriteria',
  'question.formula': 'Rumus: {formula}',
  'question.ratio': 'Nilai {ratio}',
  'question.percent': 'Persentase {percent}',
  'question.note': 'Catatan',
  'question.notApplicableHint':
    'Tidak ada yang diukur (penyebutnya 0), jadi pertanyaan ini tidak ikut dirata-rata dalam sub-areanya.',

  ...labelsOf('stage', stage),
  ...labelsOf('unitKind', unitKind),
  ...labelsOf('predicate', predicate),
  ...labelsOf('instansiKind', instansiKind),
  ...labelsOf('role', role),
  ...labelsOf('sort', sort),
  ...labelsOf('assessmentStatus', assessmentStatus),
  ...labelsOf('layer', layer),
  ...labelsOf('layerShort', layerShort),
  ...labelsOf('questionStatus', questionStatus),
};

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;
