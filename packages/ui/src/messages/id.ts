import type { AnswerLayer, AssessmentStatus } from '@zi/schema/admin';
import type { PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import type { RefusalReason } from '@zi/schema/public-enums';
import type { ArchiveLimit } from '../enums';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import { authRefusalId } from './auth.id';
import { commonId } from './common.id';
import { monitoringRefusalId } from './monitoring.id';
import { registryRefusalId } from './registry.id';
import { rulesRefusalId } from './rules.id';
import { unitsId } from './units.id';
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

/** Which limit of the zip guard an uploaded workbook broke (`ARCHIVE_TOO_LARGE`'s `limit`). */
const archiveLimit: Record<ArchiveLimit, string> = {
  UNPACKED_SIZE: 'isinya lebih dari {mb} MB setelah diekstrak',
  ENTRIES: 'berkas ini memuat lebih dari {max} bagian',
  RATIO: 'salah satu bagiannya mengembang lebih dari {max} kali ukuran terkompresnya',
};

/** Why the API refused a move, an edit of a worksheet or an upload, or could not serve a request now. */
export const requestRefusalId = {
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
  LAYER_OPEN:
    'Lapisan {layer} sudah terbuka sampai tanggal itu atau lebih lama. Pilih tanggal yang lebih akhir untuk menambah waktu.',
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
  BUSY: 'Server sedang sangat sibuk. Tidak ada yang berubah; coba lagi sebentar lagi.',
  WORKBOOK_QUEUE_FULL:
    'Server sedang membaca berkas LKE lain. Tidak ada yang berubah; coba lagi sebentar lagi.',
};

/** A sentence for every reason the API refuses with: a reason the schema adds fails the build here. */
type RefusalSentences = Record<`refusal.${RefusalReason}`, string>;

/** Bahasa Indonesia, the default language; every other dictionary has exactly these keys. */
export const id = {
  ...commonId,
  ...unitsId,

  // The values of refusal sentences (apps/admin/src/refusals.ts), kept beside the reasons.
  'login.waitMinutes': '{minutes} menit',
  'login.waitOneMinute': '1 menit',
  'deadlines.fillUntil': 'Pengisian oleh unit sampai',
  'deadlines.reviewUntil': 'Evaluasi oleh TPI sampai',

  ...labelsOf('stage', stage),
  ...labelsOf('unitKind', unitKind),
  ...labelsOf('predicate', predicate),
  ...labelsOf('sort', sort),
  ...labelsOf('assessmentStatus', assessmentStatus),
  ...labelsOf('layer', layer),
  ...labelsOf('refusal', requestRefusalId),
  ...labelsOf('archiveLimit', archiveLimit),
  ...labelsOf('refusal', validationRefusalId),
  ...labelsOf('refusal', authRefusalId),
  ...labelsOf('refusal', rulesRefusalId),
  ...labelsOf('refusal', registryRefusalId),
  ...monitoringRefusalId,
} satisfies RefusalSentences & Record<string, string>;

export type SharedMessageKey = keyof typeof id;
export type Messages = Record<SharedMessageKey, string>;
