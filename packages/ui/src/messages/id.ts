import type {
  AnswerChangeKind,
  AnswerLayer,
  AssessmentStatus,
  QuestionStatus,
  Role,
  WorkflowAction,
} from '@zi/schema/admin';
import type { InstansiKind, PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import type { ArchiveLimit, RefusalReason } from '../enums';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import { areasId } from './areas.id';
import { authRefusalId } from './auth.id';
import { dashboardId } from './dashboard.id';
import { followUpFilesId } from './follow-up-files.id';
import { monitoringId } from './monitoring.id';
import { registryId } from './registry.id';
import { rulesRefusalId } from './rules.id';
import { validationRefusalId } from './validation.id';

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
  SECOND_REVIEW: 'Menunggu reviu ketua tim',
  PROPOSED: 'Diusulkan ke KemenPANRB',
  NOT_PROPOSED: 'Tidak diusulkan',
  AWARDED: 'Ditetapkan WBK/WBBM',
  NOT_AWARDED: 'Belum ditetapkan TPN',
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

const workflowAction: Record<WorkflowAction, string> = {
  SUBMIT: 'Ajukan ke TPI',
  START_REVIEW: 'Mulai evaluasi',
  RETURN: 'Kembalikan untuk perbaikan',
  APPROVE: 'Setujui hasil evaluasi',
  CONFIRM: 'Konfirmasi hasil evaluasi',
  SEND_BACK: 'Kembalikan ke TPI',
  REOPEN: 'Buka kembali evaluasi',
  PROPOSE: 'Usulkan ke KemenPANRB',
  DECLINE: 'Tidak diusulkan',
  RECORD_AWARD: 'Catat penetapan WBK/WBBM',
  RECORD_NOT_AWARDED: 'Catat tidak ditetapkan',
};

const actionHelp: Record<WorkflowAction, string> = {
  SUBMIT:
    'Setelah diajukan, jawaban unit tidak dapat diubah lagi, kecuali pertanyaan yang dikembalikan TPI untuk diperbaiki. Semua pertanyaan harus sudah dijawab.',
  START_REVIEW:
    'TPI mulai mengevaluasi: jawaban unit terkunci, TPI mengisi jawabannya sendiri untuk tiap pertanyaan.',
  RETURN:
    'Unit dapat memperbaiki pertanyaan yang dikembalikan lalu mengajukannya kembali. Tulis apa yang perlu diperbaiki untuk setiap pertanyaan.',
  APPROVE:
    'Hasil evaluasi TPI disetujui dan LKE dikunci. Bila instansi mewajibkan reviu ketua tim, LKE menunggu konfirmasi ketua tim; bila tidak, tahap “Dievaluasi TPI” langsung tampil di halaman publik unit, tanpa nilai.',
  CONFIRM:
    'Hasil evaluasi TPI dikonfirmasi dan LKE tetap terkunci. Tahap “Dievaluasi TPI” tampil di halaman publik unit, tanpa nilai.',
  SEND_BACK:
    'Evaluasi dikembalikan ke TPI untuk ditinjau ulang: TPI dapat mengubah jawabannya lalu menyetujuinya kembali. Alasannya dicatat dalam riwayat.',
  REOPEN: 'Evaluasi dibuka kembali agar TPI dapat mengubah jawabannya. Alasannya dicatat dalam riwayat.',
  PROPOSE: 'Unit diusulkan ke KemenPANRB. Tahap ini tampil di halaman publik unit.',
  DECLINE: 'Unit tidak diusulkan tahun ini. Alasannya dicatat dalam riwayat.',
  RECORD_AWARD: 'Catat keputusan Tim Penilai Nasional sesuai surat keputusannya (SK).',
  RECORD_NOT_AWARDED: 'Catat bahwa Tim Penilai Nasional tidak menetapkan predikat untuk unit ini.',
};

const statusHelp: Record<AssessmentStatus, string> = {
  DRAFT: 'Unit sedang mengisi penilaian mandiri. Setiap jawaban tersimpan otomatis.',
  SUBMITTED: 'Diajukan ke TPI, menunggu evaluasi dimulai.',
  IN_REVIEW: 'TPI sedang mengevaluasi jawaban unit.',
  RETURNED: 'TPI mengembalikan pertanyaan untuk diperbaiki unit; setelah diperbaiki, ajukan kembali.',
  SECOND_REVIEW:
    'TPI telah menyetujui hasil evaluasinya. Ketua tim memeriksanya, lalu mengonfirmasi atau mengembalikannya ke TPI.',
  EVALUATED: 'Evaluasi TPI selesai dan LKE terkunci. Inspektorat memutuskan pengusulannya.',
  PROPOSED: 'Diusulkan ke KemenPANRB, menunggu keputusan Tim Penilai Nasional.',
  NOT_PROPOSED: 'Tidak diusulkan tahun ini.',
  AWARDED: 'Predikat ditetapkan oleh Tim Penilai Nasional.',
  NOT_AWARDED: 'Tim Penilai Nasional tidak menetapkan predikat.',
};

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Jawaban diubah',
  EVIDENCE_ADDED: 'Bukti dukung diunggah',
  EVIDENCE_REPLACED: 'Bukti dukung diganti',
  EVIDENCE_LINKED: 'Tautan bukti dukung ditambahkan',
  EVIDENCE_REMOVED: 'Bukti dukung dihapus',
};

/** Which limit of the zip guard an uploaded workbook broke (`ARCHIVE_TOO_LARGE`'s `limit`). */
const archiveLimit: Record<ArchiveLimit, string> = {
  UNPACKED_SIZE: 'isinya lebih dari {mb} MB setelah diekstrak',
  ENTRIES: 'berkas ini memuat lebih dari {max} bagian',
  RATIO: 'salah satu bagiannya mengembang lebih dari {max} kali ukuran terkompresnya',
};

const refusal: Record<RefusalReason, string> = {
  WORKFLOW_ROLE: 'Peran akun Anda tidak dapat melakukan tindakan ini.',
  WORKFLOW_STATUS:
    'Tindakan ini tidak dapat dilakukan pada status LKE sekarang. Muat ulang halaman untuk melihat status terbaru.',
  WORKFLOW_NOT_TEAM_LEAD: 'Hanya ketua tim evaluator unit ini yang dapat melakukan reviu kedua.',
  WORKFLOW_OWN_APPROVAL:
    'Reviu kedua harus dilakukan orang lain, bukan orang yang menyetujui hasil evaluasi.',
  LAYER_ROLE: 'Peran akun Anda tidak dapat mengubah lapisan {layer}.',
  LAYER_LOCKED: 'Lapisan {layer} tidak dapat diubah saat LKE berstatus “{status}”.',
  WINDOW_CLOSED:
    'Tenggat LKE {year} sudah lewat ({deadline}: {closedOn}). Minta Inspektorat membuka kembali lapisan ini.',
  INCOMPLETE: '{count} pertanyaan belum dijawab; LKE baru dapat diajukan setelah semua pertanyaan dijawab.',
  TPI_INCOMPLETE:
    '{count} pertanyaan belum dinilai TPI; hasil evaluasi baru dapat disetujui setelah semua pertanyaan dinilai. Jawaban unit yang disetujui apa adanya dapat diterima sekaligus dengan “Terima jawaban unit”.',
  EVIDENCE_LOCKED: 'LKE ini sudah diajukan: bukti dukungnya dapat diganti, tetapi tidak dapat dihapus.',
  FILE_TOO_LARGE: '{name}: berkas lebih besar dari batas {maxMb} MB.',
  ARCHIVE_TOO_LARGE:
    'Berkas ini ditolak sebelum dibuka: {limit}. Periksa apakah berkasnya benar, lalu simpan ulang dari Excel atau LibreOffice.',
  FILE_TYPE_NOT_ALLOWED: '{name}: jenis berkas ini tidak diterima. Yang diterima: {allowed}.',
  FILE_EMPTY: '{name}: berkas kosong.',
  TOO_MANY_FILES: 'Paling banyak {max} berkas dalam satu unggahan.',
  NOT_MULTIPART: 'Berkas tidak terkirim sebagai formulir unggahan. Coba lagi.',
  UPLOAD_MALFORMED: 'Unggahan rusak atau terputus di tengah jalan. Coba lagi.',
  NO_FILE: 'Tidak ada berkas yang terkirim. Pilih berkasnya lagi.',
  CSRF_HEADER_REQUIRED:
    'Halaman ini dibuka sebelum portal diperbarui sehingga tidak dapat mengirim berkas. Muat ulang halaman, lalu coba lagi.',
  CROSS_SITE_REQUEST:
    'Permintaan ini datang dari situs lain sehingga ditolak; tidak ada yang berubah. Buka portal langsung dari alamatnya, lalu coba lagi.',
};

/** Bahasa Indonesia, the default language; every other dictionary has exactly these keys. */
export const id = {
  'language.switch': 'English',

  'layout.skipToContent': 'Langsung ke konten utama',
  'status.loading': 'Memuat…',
  'error.title': 'Terjadi kesalahan',
  'error.retry': 'Coba lagi',
  'error.busy': 'Server sedang sangat sibuk. Tidak ada yang berubah; coba lagi sebentar lagi.',
  'error.internal': 'Terjadi kesalahan di server. Kesalahan ini sudah dicatat; coba lagi sebentar lagi.',
  'error.network': 'Server tidak dapat dihubungi. Periksa koneksi internet Anda, lalu coba lagi.',
  'error.rateLimited': 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.',

  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.notRecorded': 'Tidak tercatat',

  'site.name': 'Registri Zona Integritas',
  'site.tagline': 'Unit kerja pemerintah yang membangun Zona Integritas menuju WBK dan WBBM',
  'site.footer':
    'Data Zona Integritas dicatat oleh Inspektorat tiap instansi, mengikuti PermenPANRB 90/2021. Predikat ditetapkan oleh KemenPANRB.',
  'site.adminLink': 'Portal Inspektorat',
  'site.license': 'Data registri bebas dipakai ulang dengan lisensi CC BY 4.0.',
  'site.feed': 'Umpan perubahan (Atom)',

  'filters.label': 'Saring unit',
  'filters.search': 'Cari nama atau singkatan unit',
  'filters.searchHint':
    'Semua kata harus ada di nama atau singkatan unit, mis. “DPMPTSP”, “RSUD” atau “SMA Negeri 1”.',
  'filters.searchSubmit': 'Cari',
  'filters.stage': 'Tahap',
  'filters.kind': 'Jenis unit',
  'filters.predicate': 'Predikat aktif',
  'filters.instansi': 'Instansi',
  'filters.region': 'Wilayah (provinsi)',
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
  'directory.description':
    'Cari unit kerja pemerintah yang membangun Zona Integritas: tahap, predikat Menuju WBK/WBBM, dan pakta integritasnya.',

  'unitPage.archivedSince':
    'Diarsipkan sejak {date}: unit ini tidak lagi terdaftar, riwayatnya tetap tersimpan.',
  'unitPage.back': 'Kembali ke direktori',
  'unitPage.description':
    '{unit} ({instansi}): {stage}. Perjalanan Zona Integritas, predikat WBK/WBBM dan pakta integritasnya.',
  'unitPage.profile': 'Profil unit',
  'unitPage.timeline': 'Perjalanan Zona Integritas',
  'unitPage.timelineEmpty': 'Unit ini belum mencanangkan Zona Integritas.',
  'unitPage.programYear': 'Tahun program {year}',
  'unitPage.source': 'Sumber',
  'unitPage.predicates': 'Predikat yang pernah diraih',
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

  'nav.label': 'Menu utama',
  'nav.directory': 'Direktori',
  'nav.statistics': 'Statistik',
  'nav.verify': 'Verifikasi',
  'nav.openData': 'Data terbuka',
  'nav.api': 'API',

  'code.copy': 'Salin',
  'code.copyLabel': 'Salin {label}',
  'code.copied': 'Tersalin.',

  'pact.signedOn': 'Tanggal tanda tangan',
  'pact.leader': 'Pimpinan penandatangan',
  'pact.signatories': 'Jumlah penandatangan',
  'pact.signatoryCount': '{count} orang',
  'pact.document': 'Dokumen',
  'pact.documentLink': 'Lihat dokumen pakta',
  'pact.verificationCode': 'Kode verifikasi',
  'pact.qrLabel': 'Kode QR verifikasi pakta {code}',
  'pact.qrCaption': 'Pindai untuk memeriksa pakta ini di registri.',
  'pact.verifyLink': 'Buka halaman verifikasi',

  'verify.title': 'Verifikasi pakta integritas',
  'verify.titleWithCode': 'Verifikasi {code}',
  'verify.description':
    'Periksa apakah sebuah pakta integritas terdaftar: masukkan kode yang tercetak pada poster pakta, atau pindai kode QR-nya.',
  'verify.intro':
    'Setiap pakta integritas yang dicatat Inspektorat punya kode verifikasi yang tercetak pada posternya. Masukkan kode itu, atau pindai kode QR pada poster, untuk melihat unit, tanggal dan penandatangannya.',
  'verify.codeLabel': 'Kode verifikasi',
  'verify.codeHint':
    'Tertulis pada poster pakta, mis. PI-7Y9D-CB2Z. Huruf besar-kecil, spasi dan tanda hubung boleh diabaikan.',
  'verify.submit': 'Periksa',
  'verify.registered': 'Terdaftar',
  'verify.foundTitle': 'Pakta integritas ini terdaftar di registri',
  'verify.unit': 'Unit kerja',
  'verify.occasion': 'Kesempatan',
  'verify.notRegistered': 'Tidak terdaftar',
  'verify.notFoundTitle': 'Tidak ada pakta integritas dengan kode {code}',
  'verify.notFoundBody':
    'Registri tidak memuat pakta dengan kode ini. Sebelum menyimpulkan, periksa hal berikut:',
  'verify.hintPoster': 'Cocokkan kode dengan yang tercetak pada poster, huruf demi huruf.',
  'verify.hintLookalike': 'Huruf O dan angka 0, huruf I dan angka 1, huruf S dan angka 5 mudah tertukar.',
  'verify.hintRecent': 'Pakta yang baru ditandatangani mungkin belum dicatat oleh Inspektorat.',
  'verify.hintReport':
    'Jika kodenya sudah benar dan pakta tetap tidak ditemukan, sampaikan kepada Inspektorat instansi unit tersebut.',

  'stats.title': 'Statistik Zona Integritas',
  'stats.description':
    'Jumlah unit kerja per tahap Zona Integritas, per predikat WBK/WBBM, per instansi, wilayah dan tahun, dengan grafik, tabel dan CSV.',
  'stats.intro':
    'Berapa unit kerja yang membangun Zona Integritas, sampai tahap mana, dan berapa yang meraih predikat Menuju WBK atau Menuju WBBM. Setiap grafik disertai tabel angkanya, yang dapat diunduh sebagai CSV.',
  'stats.filters': 'Cakupan statistik',
  'stats.region': 'Wilayah',
  'stats.allRegions': 'Semua wilayah',
  'stats.regionCode': 'Wilayah {code}',
  'stats.regionCodeHeader': 'Kode wilayah',
  'stats.national': 'Kementerian dan lembaga (nasional)',
  'stats.totalUnits': 'Unit kerja',
  'stats.buildingZi': 'Membangun ZI',
  'stats.holdingWbk': 'Berpredikat Menuju WBK (belum WBBM)',
  'stats.holdingWbbm': 'Berpredikat Menuju WBBM',
  'stats.revokedEver': 'Predikat pernah dicabut',
  'stats.units': 'Unit',
  'stats.unitsHolding': 'Unit pemegang predikat',
  'stats.revoked': 'Pernah dicabut',
  'stats.stage': 'Tahap',
  'stats.predicate': 'Predikat',
  'stats.instansi': 'Instansi',
  'stats.instansiKind': 'Jenis instansi',
  'stats.year': 'Tahun program',
  'stats.byStage': 'Unit per tahap',
  'stats.byStageIntro': 'Tahap terakhir yang dicapai tiap unit, urut sesuai perjalanan Zona Integritas.',
  'stats.byStageChart': 'Jumlah unit per tahap saat ini',
  'stats.byPredicate': 'Unit per predikat',
  'stats.byPredicateIntro':
    'Setiap unit dihitung sekali, menurut predikat tertinggi yang kini dipegangnya (WBBM di atas WBK); predikat yang dicabut tidak dihitung.',
  'stats.byPredicateChart': 'Jumlah unit pemegang predikat',
  'stats.byInstansi': 'Unit per instansi',
  'stats.byInstansiIntro':
    'Unit kerja tiap instansi, berapa yang membangun ZI dan yang berpredikat. Nama instansi membuka direktori unitnya.',
  'stats.byInstansiChart': 'Unit yang membangun ZI dan berpredikat, per instansi',
  'stats.byInstansiChartTop': '{count} instansi dengan unit membangun ZI terbanyak',
  'stats.byRegion': 'Unit per wilayah',
  'stats.byRegionIntro':
    'Unit per provinsi wilayahnya: kode wilayah Kemendagri unit itu sendiri, atau kode instansinya bila tidak ada; provinsi bersama kabupaten dan kotanya.',
  'stats.byRegionChart': 'Unit yang membangun ZI dan berpredikat, per wilayah',
  'stats.byRegionChartTop': '{count} wilayah dengan unit membangun ZI terbanyak',
  'stats.byYear': 'Unit per tahun program',
  'stats.byYearIntro':
    'Berapa unit yang mencapai tiap tahap dalam satu tahun program. Grafik mengikuti pencanangan, pengusulan dan penetapan; tabel memuat semua tahap.',
  'stats.byYearChart': 'Pencanangan, pengusulan dan predikat per tahun program',
  'stats.downloadCsv': 'Unduh CSV',
  'stats.downloadCsvOf': 'Unduh CSV: {table}',

  'openData.title': 'Data terbuka',
  'openData.description':
    'Unduh seluruh registri Zona Integritas dalam CSV dan JSON (CC BY 4.0), dengan kamus data, checksum SHA-256 dan umpan Atom.',
  'openData.intro':
    'Seluruh isi registri dalam berkas CSV dan JSON yang bebas dipakai ulang. Berkas dibuat ulang setiap kali data berubah; nomor versi dan checksum memastikan Anda memakai berkas yang sama dengan yang diterbitkan.',
  'openData.version': 'Versi data',
  'openData.generatedAt': 'Dibuat pada',
  'openData.license': 'Lisensi',
  'openData.feed': 'Umpan perubahan',
  'openData.files': 'Berkas',
  'openData.fileName': 'Berkas',
  'openData.format': 'Format',
  'openData.size': 'Ukuran',
  'openData.rows': 'Baris data',
  'openData.sha256': 'SHA-256',
  'openData.file.units': 'Unit kerja dan tahap terakhirnya',
  'openData.file.instansi': 'Instansi pemerintah',
  'openData.file.stageEvents': 'Perjalanan tahap tiap unit',
  'openData.file.predicates': 'Semua predikat WBK dan WBBM yang pernah diraih, termasuk yang dicabut',
  'openData.file.pacts': 'Pakta integritas',
  'openData.file.registry': 'Seluruh registri dalam satu berkas JSON',
  'openData.licenseTitle': 'Lisensi dan atribusi',
  'openData.licenseBody': 'Data ini diterbitkan dengan lisensi',
  'openData.licenseName': 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
  'openData.licenseMay':
    'Anda boleh menyalin, membagikan, mengolah dan memakai data ini untuk tujuan apa pun, termasuk komersial.',
  'openData.licenseMust': 'Sebutkan sumbernya: nama registri, alamatnya, versi data dan lisensinya.',
  'openData.licenseChanges': 'Jika data Anda saring, gabungkan atau ubah, katakan demikian.',
  'openData.attributionLabel': 'Contoh atribusi',
  'openData.attributionText':
    'Sumber: {site} ({url}), data versi {version} tanggal {date}, lisensi {license}.',
  'openData.checksumTitle': 'Memeriksa keutuhan berkas',
  'openData.checksumBody': 'Setiap berkas punya checksum SHA-256, tercantum di tabel di atas dan di berkas',
  'openData.checksumLinux': 'Linux',
  'openData.checksumMac': 'macOS',
  'openData.checksumWindows': 'Windows (PowerShell): bandingkan hasilnya dengan tabel di atas',
  'openData.checksumBrowserNote':
    'Berkas CSV yang diunduh lewat peramban diberi nama dengan versinya (mis. zona-integritas-units-v12.csv). Periksa dengan “sha256sum nama-berkas” dan bandingkan dengan tabel, atau unduh dengan curl seperti di atas agar namanya sama dengan SHA256SUMS.',
  'openData.feedTitle': 'Umpan perubahan (Atom)',
  'openData.feedBody':
    'Pencanangan, penetapan dan pencabutan predikat, serta pakta integritas baru muncul di umpan Atom. Tambahkan alamat ini ke pembaca RSS/Atom untuk mengikuti perubahannya.',
  'openData.dictionaryTitle': 'Kamus data',
  'openData.dictionaryIntro':
    'Kolom setiap berkas CSV, tipe dan artinya, sebagaimana dinyatakan dalam manifes data.',
  'openData.column': 'Kolom',
  'openData.type': 'Tipe',
  'openData.columnDescription': 'Keterangan',
  'openData.columnsOf': 'Kolom {dataset}',
  'openData.apiTitle': 'Butuh data yang disaring?',
  'openData.apiBody':
    'API GraphQL publik menjawab pertanyaan tertentu, mis. satu unit atau satu instansi, tanpa mengunduh semuanya.',
  'openData.apiLink': 'Baca panduan API',

  'api.title': 'API GraphQL publik',
  'api.description':
    'Cara mengambil data registri Zona Integritas lewat API GraphQL publik: contoh curl, JavaScript dan Python, paging, batas pemakaian.',
  'api.intro':
    'Semua yang tampil di situs ini dapat diambil lewat API GraphQL yang sama: gratis, tanpa pendaftaran, hanya-baca, dan boleh dipanggil dari situs lain (CORS terbuka).',
  'api.endpointTitle': 'Alamat API',
  'api.endpointBody':
    'Kirim kueri GraphQL ke alamat ini dengan POST (badan JSON berisi query dan variables) atau dengan GET (query dan variables sebagai parameter URL). Jawaban GET dapat disimpan oleh cache.',
  'api.endpointLabel': 'Alamat',
  'api.bulkBody':
    'Butuh seluruh registri sekaligus? Berkas data terbuka lebih cepat dan tidak memakai anggaran API.',
  'api.bulkLink': 'Unduh data terbuka',
  'api.examplesTitle': 'Contoh siap pakai',
  'api.languageLegend': 'Tampilkan contoh dalam',
  'api.example.post': 'POST: jumlah unit per tahap',
  'api.example.postIntro': 'Cara paling umum: kirim kueri dalam badan JSON.',
  'api.example.get': 'GET dengan variabel: memeriksa kode pakta',
  'api.example.getIntro':
    'Kueri dan variabelnya dikirim sebagai parameter URL. Jawabannya null bila tidak ada pakta dengan kode itu.',
  'api.example.paging': 'Mengambil semua unit, halaman demi halaman',
  'api.example.pagingIntro':
    'Daftar memakai kursor: minta paling banyak 100 unit per halaman (first), lalu kirim pageInfo.endCursor sebagai after sampai hasNextPage bernilai false. Contoh curl memakai jq.',
  'api.limitsTitle': 'Batas pemakaian',
  'api.limitCost':
    'Biaya sebuah kueri kira-kira sama dengan jumlah objek yang mungkin dikembalikannya: daftar berhalaman seperti units dihitung sebesar ukuran halamannya (first atau last; bawaan {defaultPage}, paling banyak {maxPage}), daftar biasa seperti pacts {listCost}, dan setiap objek 1. Daftar di dalam daftar saling mengalikan.',
  'api.limitQuery':
    'Satu kueri paling mahal {maxCost} poin, paling dalam {maxDepth} tingkat, dan memakai paling banyak {maxAliases} alias.',
  'api.limitBudget':
    'Setiap alamat IP punya anggaran {budget} poin yang terisi kembali {refill} poin per detik. Kueri biasa memakai beberapa puluh poin, jadi anggaran ini cukup untuk ribuan permintaan.',
  'api.limitCache':
    'Jawaban boleh disimpan selama {seconds} detik (Cache-Control). Kueri yang sama dengan GET dapat dijawab dari cache; automatic persisted queries juga didukung.',
  'api.headersTitle': 'Header yang memberi tahu',
  'api.header.cost': 'Biaya kueri ini, dalam poin.',
  'api.header.limit': 'Besar anggaran Anda.',
  'api.header.remaining': 'Sisa anggaran setelah kueri ini.',
  'api.header.reset': 'Detik sampai anggaran penuh kembali.',
  'api.header.retryAfter': 'Hanya saat anggaran habis: detik sampai kueri ini bisa dijalankan.',
  'api.header.extensions':
    'Angka yang sama di badan jawaban JSON: biaya, batas, sisa anggaran dan laju pengisiannya.',
  'api.errorsTitle': 'Kode galat dan cara memperbaikinya',
  'api.errorCode': 'Kode',
  'api.errorStatus': 'Status HTTP',
  'api.errorMeaning': 'Artinya',
  'api.errorFix': 'Yang perlu dilakukan',
  'api.error.tooComplex': 'Kueri melewati batas biaya, kedalaman atau alias. Pesannya menyebut angkanya.',
  'api.error.tooComplexFix':
    'Minta halaman lebih kecil (first), kurangi daftar yang bersarang, atau pecah menjadi beberapa kueri.',
  'api.error.rateLimited': 'Anggaran alamat IP Anda habis untuk sementara.',
  'api.error.rateLimitedFix':
    'Tunggu sebanyak detik di header Retry-After lalu ulangi. Simpan jawaban yang sudah didapat; untuk seluruh data, unduh berkas data terbuka.',
  'api.error.badInput': 'Sebuah argumen tidak sah; extensions.field menyebut argumen yang mana.',
  'api.error.badInputFix': 'Perbaiki nilai argumen itu sesuai pesannya, mis. first antara 1 dan 100.',
  'api.explorerTitle': 'Coba langsung',
  'api.explorerBody':
    'GraphiQL di bawah ini menjalankan kueri pada API yang sama. Ketik Ctrl+Spasi untuk saran kolom; dokumentasi skema ada di panel samping. Antarmuka GraphiQL berbahasa Inggris.',

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
  'login.waitMinutes': '{minutes} menit',
  'login.waitOneMinute': '1 menit',
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
  'question.zeroScoreHint':
    'Penyebutnya 0, tetapi penyebut ini menghitung kerja unit sendiri: tidak ada yang dicapai, nilainya 0.',
  'question.notApplicableHint':
    'Tidak ada yang diukur (penyebutnya 0), jadi pertanyaan ini tidak ikut dirata-rata dalam sub-areanya.',

  'common.cancel': 'Batal',
  'dialog.close': 'Tutup',

  'adminNav.label': 'Menu portal',
  'adminNav.units': 'Unit kerja',
  'adminNav.queue': 'Antrian evaluasi',

  'start.title': 'LKE {year} unit Anda belum dimulai',
  'start.intro':
    'Mulai lembar kerja evaluasi tahun ini untuk mengisi penilaian mandiri: jawaban, catatan dan bukti dukung setiap pertanyaan, tersimpan otomatis.',
  'start.button': 'Mulai LKE {year}',
  'start.starting': 'Memulai…',

  'deadlines.formTitle': 'Tenggat LKE {year}',
  'deadlines.formIntro':
    'Batas pengisian oleh unit dan evaluasi oleh TPI di instansi Anda (tanggalnya masih termasuk). Sesudahnya lapisan jawaban terkunci, kecuali dibuka kembali untuk satu LKE.',
  'deadlines.fillUntil': 'Pengisian oleh unit sampai',
  'deadlines.reviewUntil': 'Evaluasi oleh TPI sampai',
  'deadlines.save': 'Simpan tenggat',
  'deadlines.saving': 'Menyimpan…',
  'deadlines.saved': 'Tenggat tersimpan.',
  'deadlines.dateRequired': 'Pilih tanggalnya.',
  'deadlines.reviewBeforeFill': 'Evaluasi tidak dapat berakhir sebelum pengisian berakhir.',
  'deadlines.none': 'Tenggat LKE tahun ini belum ditetapkan.',
  'deadlines.passed': 'sudah lewat',
  'deadlines.reopen': 'Buka kembali',
  'deadlines.reopenTitle': 'Buka kembali: {layer}',
  'deadlines.reopenHelp':
    'Tenggat lapisan ini sudah lewat. Lapisan dibuka kembali untuk LKE ini saja, sampai tanggal yang dipilih; alasannya dicatat.',
  'deadlines.reopenUntil': 'Dibuka sampai',
  'deadlines.reason': 'Alasan (wajib, dicatat)',
  'deadlines.reasonRequired': 'Tulis alasannya.',
  'deadlines.untilPast': 'Pilih hari ini atau sesudahnya.',
  'deadlines.reopenedUntil': 'Dibuka kembali hingga {date}: {reason}',

  'secondReview.title': 'Reviu kedua oleh ketua tim',
  'secondReview.intro':
    'Bila diwajibkan, hasil evaluasi yang disetujui evaluator TPI belum selesai: ketua tim evaluator unit itu (atau Inspektorat) memeriksanya, lalu mengonfirmasi atau mengembalikannya ke TPI dengan alasan. Baru setelah dikonfirmasi, tahap “Dievaluasi TPI” tampil di halaman publik unit. Orang yang menyetujui tidak dapat mengonfirmasi persetujuannya sendiri.',
  'secondReview.scope':
    'Berlaku untuk semua unit instansi Anda mulai persetujuan berikutnya; LKE yang sudah menunggu ketua tim tetap menunggu keputusannya.',
  'secondReview.required': 'Hasil evaluasi TPI harus dikonfirmasi ketua tim',
  'secondReview.saving': 'Menyimpan…',
  'secondReview.savedOn': 'Tersimpan: persetujuan TPI kini menunggu konfirmasi ketua tim.',
  'secondReview.savedOff': 'Tersimpan: persetujuan TPI langsung menyelesaikan evaluasi.',

  'workflow.title': 'Alur evaluasi',
  'workflow.actions': 'Tindakan',
  'workflow.nothingNow': 'Tidak ada tindakan untuk akun Anda pada status ini.',
  'workflow.reason': 'Alasan (dicatat dalam riwayat)',
  'workflow.note': 'Catatan untuk riwayat (opsional)',
  'workflow.moving': 'Memproses…',
  'workflow.moved': 'Selesai. Status LKE kini: {status}.',
  'workflow.saveFirst':
    'Ada jawaban yang belum tersimpan (konflik, isian yang ditolak, atau koneksi terputus). Selesaikan dulu, lalu coba lagi.',

  'incomplete.title': '{count} pertanyaan belum dijawab',
  'incomplete.intro':
    'LKE baru dapat diajukan setelah semua pertanyaan dijawab. Buka tiap pertanyaan di bawah ini:',
  'incomplete.titleTpi': '{count} pertanyaan belum dinilai TPI',
  'incomplete.introTpi':
    'Hasil evaluasi baru dapat disetujui setelah TPI menilai semua pertanyaan. Nilai sendiri, atau terima jawaban unit untuk yang belum dinilai. Buka tiap pertanyaan di bawah ini:',
  'incomplete.areaCount': '{count} pertanyaan',
  'incomplete.dismiss': 'Sembunyikan daftar',

  'history.title': 'Riwayat',
  'history.intro': 'Setiap perpindahan status LKE, yang terbaru di atas.',
  'history.empty': 'Belum ada perpindahan status.',
  'history.statusChange': '{from} → {to}',
  'history.by': 'oleh {name}',

  'answerHistory.open': 'Riwayat',
  'answerHistory.title': 'Riwayat {code}',
  'answerHistory.intro':
    'Setiap perubahan jawaban, catatan dan bukti dukung pertanyaan ini, yang terbaru di atas.',
  'answerHistory.empty': 'Belum ada perubahan pada pertanyaan ini.',
  'answerHistory.answer': 'Jawaban',
  'answerHistory.note': 'Catatan',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(kosong)',

  'returns.summaryTitle': 'Pertanyaan yang dikembalikan TPI ({count})',
  'returns.summaryIntro':
    'Perbaiki jawaban, catatan atau bukti dukung pertanyaan berikut, lalu ajukan kembali.',
  'returns.returnedLabel': 'Dikembalikan TPI untuk diperbaiki',
  'returns.mark': 'Kembalikan pertanyaan ini ke unit',
  'returns.reason': 'Apa yang perlu diperbaiki',
  'returns.none':
    'Belum ada pertanyaan yang ditandai. Tandai dari lembar kerja (“Kembalikan pertanyaan ini ke unit”) atau pilih di bawah.',
  'returns.add': 'Tambah pertanyaan',
  'returns.choose': 'Pilih pertanyaan…',
  'returns.addButton': 'Tambah',
  'returns.remove': 'Batal kembalikan',
  'returns.reasonsNeeded': 'Tulis alasan untuk setiap pertanyaan yang dikembalikan.',

  'award.predicate': 'Predikat',
  'award.decreeNumber': 'Nomor keputusan (SK)',
  'award.decreeDate': 'Tanggal SK',

  'documents.xlsx': 'Unduh LKE (.xlsx, format resmi)',
  'documents.lhe': 'Unduh laporan hasil evaluasi (LHE, PDF)',
  'documents.import': 'Impor jawaban unit dari .xlsx',
  'documents.importing': 'Mengimpor…',
  'documents.importHint':
    'Isi kolom “Jawaban unit” dan catatannya pada berkas LKE yang diunduh di atas. Bila ada baris yang salah, tidak ada yang disimpan.',
  'documents.imported': 'Jawaban unit berhasil diimpor.',
  'documents.importFailed': 'Berkas tidak diimpor; tidak ada jawaban yang diubah',

  'edit.liveTotal': 'Nilai sementara',
  'edit.clearAnswer': 'Kosongkan jawaban',
  'edit.numberLabel': 'Nilai ({min}–{max})',
  'edit.numberRange': 'Isi angka dari {min} sampai {max}, mis. 3,6.',
  'edit.wholeNumber': 'Isi bilangan bulat dari {min} sampai {max}.',

  'save.idle': 'Setiap perubahan tersimpan otomatis.',
  'save.saving': 'Menyimpan…',
  'save.saved': 'Semua perubahan tersimpan (pukul {time}).',
  'save.retrying': 'Gagal menyimpan, mencoba lagi otomatis. Perubahan Anda aman di perangkat ini.',
  'save.retryNow': 'Coba sekarang',
  'save.conflict': '{count} jawaban juga diubah orang lain: pilih versi yang dipakai.',
  'save.invalid': '{count} isian ditolak ({codes}): perbaiki isinya.',
  'save.blocked': 'Penyimpanan berhenti: {message} Perubahan Anda aman di perangkat ini.',
  'save.sessionEnded':
    'Sesi Anda berakhir. Perubahan belum tersimpan di server, tetapi aman di perangkat ini; masuk lagi untuk menyimpannya.',
  'save.signIn': 'Masuk lagi',
  'save.reload': 'Muat ulang',
  'save.restored':
    '{count} perubahan yang belum tersimpan dari kunjungan sebelumnya dipulihkan dan sedang disimpan.',
  'save.discardRestored': 'Buang perubahan itu',

  'conflict.title': 'Jawaban ini disimpan orang lain saat Anda mengubahnya.',
  'conflict.mine': 'Versi Anda (belum tersimpan)',
  'conflict.theirs': 'Versi tersimpan',
  'conflict.theirsAt': 'Versi tersimpan ({time})',
  'conflict.theirsBy': 'Versi tersimpan oleh {name}',
  'conflict.theirsByAt': 'Versi tersimpan oleh {name} ({time})',
  'conflict.keepMine': 'Pakai versi saya',
  'conflict.takeTheirs': 'Pakai versi tersimpan',

  'reference.title': 'Jawaban unit',
  'reference.accept': 'Setujui jawaban unit',
  'reference.agrees': 'Sama dengan jawaban unit',
  'acceptUnit.button': 'Terima jawaban unit untuk pertanyaan yang belum dinilai',
  'acceptUnit.title': 'Terima jawaban unit',
  'acceptUnit.confirm':
    '{count} pertanyaan yang belum dinilai TPI akan diisi dengan jawaban unit. Jawaban dan catatan TPI yang sudah ada tidak diubah.',
  'acceptUnit.none': 'Semua pertanyaan yang dijawab unit sudah dinilai TPI.',
  'acceptUnit.submit': 'Terima jawaban unit',
  'acceptUnit.done': '{count} jawaban unit diterima ke lapisan Evaluasi TPI.',

  'evidence.title': 'Bukti dukung',
  'evidence.file': 'Berkas',
  'evidence.link': 'Tautan',
  'evidence.add': 'Tambah bukti dukung',
  'evidence.pick': 'Pilih berkas',
  'evidence.dropHint': 'atau seret ke sini (PDF, gambar, Office/ODF, MP4; boleh beberapa).',
  'evidence.uploading': 'Mengunggah {name}',
  'evidence.networkFailed': 'Koneksi terputus.',
  'evidence.dismiss': 'Tutup',
  'evidence.replace': 'Ganti berkas',
  'evidence.remove': 'Hapus',
  'evidence.confirmRemove': 'Ya, hapus {name}',
  'evidence.addLink': 'Tambah tautan dokumen',
  'evidence.url': 'Alamat dokumen',
  'evidence.linkName': 'Nama dokumen',
  'evidence.saveLink': 'Simpan tautan',
  'evidence.preview': 'Pratinjau',
  'evidence.previewOf': 'Pratinjau {name}',
  'evidence.download': 'Unduh berkas',

  'tree.withEvidence': 'bukti dukung {count}/{questions}',

  'compare.link': 'Bandingkan unit dan TPI',
  'compare.title': 'Perbandingan jawaban unit dan TPI',
  'compare.documentTitle': 'Perbandingan LKE {year} · {unit}',
  'compare.intro': 'Nilai unit dan TPI per area dan per pertanyaan; yang berbeda paling atas.',
  'compare.back': 'Kembali ke LKE',
  'compare.areas': 'Per area',
  'compare.areasCaption': 'Nilai unit dan TPI per area',
  'compare.area': 'Area',
  'compare.unit': 'Unit',
  'compare.tpi': 'TPI',
  'compare.difference': 'Selisih (TPI − unit)',
  'compare.questions': 'Per pertanyaan',
  'compare.differs': '{count} pertanyaan berbeda',
  'compare.same': '{count} pertanyaan sama',
  'compare.answer': '{answer} (nilai {score})',
  'compare.allSame': 'Semua pertanyaan di area ini dinilai sama.',
  'compare.noTpi': 'TPI belum menilai LKE ini.',

  'queue.title': 'Antrian evaluasi',
  'queue.intro': 'LKE unit dalam cakupan Anda: status, tenggat, dan kemajuannya.',
  'queue.caption': 'LKE yang dievaluasi',
  'queue.status': 'Status',
  'queue.unitProgress': 'Terjawab unit',
  'queue.tpiProgress': 'Terjawab TPI',
  'queue.unitScore': 'Nilai unit',
  'queue.tpiScore': 'Nilai TPI',
  'queue.activity': 'Aktivitas terakhir',
  'queue.deadline': 'Tenggat',
  'queue.deadlineLayer.UNIT': 'pengisian unit',
  'queue.deadlineLayer.TPI': 'evaluasi TPI',
  'queue.dueToday': 'hari ini',
  'queue.dueTomorrow': 'besok',
  'queue.daysLeft': '{count} hari lagi',
  'queue.overdue': 'lewat {count} hari',
  'queue.overdueOne': 'lewat 1 hari',
  'queue.reopened': 'dibuka kembali',
  'queue.sort': 'Urutkan',
  'queue.sortActivity': 'Aktivitas terbaru',
  'queue.sortDeadline': 'Tenggat terdekat',
  'queue.progress': '{answered}/{questions}',
  'queue.empty': 'Belum ada LKE untuk tahun ini.',
  'queue.count': 'LKE: {count}',

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
  ...labelsOf('workflowAction', workflowAction),
  ...labelsOf('actionHelp', actionHelp),
  ...labelsOf('statusHelp', statusHelp),
  ...labelsOf('answerChangeKind', answerChangeKind),
  ...labelsOf('refusal', refusal),
  ...labelsOf('archiveLimit', archiveLimit),
  ...labelsOf('refusal', validationRefusalId),
  ...labelsOf('refusal', authRefusalId),
  ...labelsOf('refusal', rulesRefusalId),
  ...areasId,
  ...registryId,
  ...monitoringId,
  ...dashboardId,
  ...followUpFilesId,
};

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;
