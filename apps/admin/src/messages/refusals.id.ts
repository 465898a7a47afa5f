import type { AnswerLayer, AssessmentStatus } from '@zi/schema/admin';
import type { ArchiveLimit, PublicRefusalReason, RefusalReason } from '@zi/schema/public-enums';
import { labelsOf } from '@zi/ui';
import { authRefusalId } from './auth-refusals.id';
import { monitoringRefusalId } from './monitoring-refusals.id';
import { registryRefusalId } from './registry-refusals.id';
import { rulesRefusalId } from './rules-refusals.id';
import { surveyRefusalId } from './survey-refusals.id';
import { validationRefusalId } from './validation-refusals.id';

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

/** Why the API refused a move, an edit of a worksheet or an upload, or a request from another site. */
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
  WORKBOOK_QUEUE_FULL:
    'Server sedang membaca berkas LKE lain. Tidak ada yang berubah; coba lagi sebentar lagi.',
};

/** The reasons only the portal receives: @zi/ui words those the public API gives too. */
type PortalRefusalReason = Exclude<RefusalReason, PublicRefusalReason>;

/**
 * A sentence for every reason only the portal receives, with the words they name; a reason the
 * schema adds fails the build here, and one the public API may give fails it in @zi/ui.
 */
export const refusalsId = {
  // The values of refusal sentences (apps/admin/src/refusals.ts), kept beside the reasons.
  'login.waitMinutes': '{minutes} menit',
  'login.waitOneMinute': '1 menit',
  'deadlines.fillUntil': 'Pengisian oleh unit sampai',
  'deadlines.reviewUntil': 'Evaluasi oleh TPI sampai',

  ...labelsOf('assessmentStatus', assessmentStatus),
  ...labelsOf('layer', layer),
  ...labelsOf('archiveLimit', archiveLimit),
  ...labelsOf('refusal', requestRefusalId),
  ...labelsOf('refusal', validationRefusalId),
  ...labelsOf('refusal', authRefusalId),
  ...labelsOf('refusal', rulesRefusalId),
  ...labelsOf('refusal', registryRefusalId),
  ...monitoringRefusalId,
  ...surveyRefusalId,
} satisfies Record<`refusal.${PortalRefusalReason}`, string> & Record<string, string>;
