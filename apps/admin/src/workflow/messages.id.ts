import type { AnswerLayer, AssessmentStatus, WorkflowAction } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

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

/** The worksheet’s workflow: its actions and their history, documents, returns, what is incomplete, accepting the unit’s answers, and the award, in Bahasa Indonesia (the first language). */
export const workflowId = {
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

  'documents.xlsx': 'Unduh LKE (.xlsx, templat resmi)',
  'documents.lhe': 'Unduh laporan hasil evaluasi (LHE, PDF)',
  ...labelsOf('documents.import', {
    UNIT: 'Impor jawaban unit dari .xlsx',
    TPI: 'Impor jawaban TPI dari .xlsx',
    REVIEW: 'Impor jawaban reviu dari .xlsx',
  } satisfies Record<AnswerLayer, string>),
  'documents.lheIssue': 'Terbitkan LHE',
  'documents.lheIssuing': 'Menerbitkan…',
  'documents.lheIssueHint':
    'LHE diberi nomor berikutnya dalam urutan instansi tahun ini dan disimpan seperti terbit: setiap unduhan berikutnya adalah berkas yang sama, dengan kode verifikasi dan QR.',
  'documents.lheIssued': 'LHE terbit: nomor {number}, tanggal {date}, kode verifikasi {code}.',
  'documents.lheRevision': 'Revisi ke-{revision}. Alasan: {reason}',
  'documents.lheRevise': 'Revisi LHE',
  'documents.lheRevising': 'Menerbitkan revisi…',
  'documents.lheReviseReason': 'Alasan revisi',
  'documents.lheReviseHint':
    'Revisi terbit dengan nomor berikutnya dan menyebut LHE yang digantikannya beserta alasannya. LHE lama tetap tersimpan; kodenya akan menyatakan bahwa laporan itu telah digantikan.',
  'documents.lheReviseSubmit': 'Terbitkan revisi',
  'documents.packageAssemble': 'Susun paket usulan',
  'documents.packageAssembling': 'Menyusun…',
  'documents.packageHint':
    'Satu berkas .zip berisi surat usulan, LKE, LHE yang telah terbit, dan SPTJM, dengan daftar SHA-256 setiap berkas. Disusun sekali dan disimpan: unduhan berikutnya adalah berkas yang sama.',
  'documents.packageDownload': 'Unduh paket usulan (.zip)',
  'documents.packageAssembled': 'Disusun {date}. Isi dan sidik SHA-256 setiap berkas:',
  'documents.importing': 'Mengimpor…',
  ...labelsOf('documents.importHint', {
    UNIT: 'Isi kolom “Jawaban Unit” (K) dan catatannya (L) pada lembar Jawaban berkas LKE yang diunduh di atas. Bila ada sel yang salah, tidak ada yang disimpan.',
    TPI: 'Isi kolom “Jawaban TPI” (O) dan catatannya (R) pada lembar Jawaban berkas LKE yang diunduh di atas. Bila ada sel yang salah, tidak ada yang disimpan.',
    REVIEW:
      'Isi kolom “Jawaban TPI KESDM” (S) dan catatannya (V) pada lembar Jawaban berkas LKE yang diunduh di atas. Bila ada sel yang salah, tidak ada yang disimpan.',
  } satisfies Record<AnswerLayer, string>),
  ...labelsOf('documents.imported', {
    UNIT: 'Jawaban unit berhasil diimpor.',
    TPI: 'Jawaban TPI berhasil diimpor.',
    REVIEW: 'Jawaban reviu berhasil diimpor.',
  } satisfies Record<AnswerLayer, string>),
  'documents.importFailed': 'Berkas tidak diimpor; tidak ada jawaban yang diubah',

  ...labelsOf('workflowAction', workflowAction),
  ...labelsOf('actionHelp', actionHelp),
  ...labelsOf('statusHelp', statusHelp),

  'acceptUnit.button': 'Terima jawaban unit untuk pertanyaan yang belum dinilai',
  'acceptUnit.title': 'Terima jawaban unit',
  'acceptUnit.confirm':
    '{count} pertanyaan yang belum dinilai TPI akan diisi dengan jawaban unit. Jawaban dan catatan TPI yang sudah ada tidak diubah.',
  'acceptUnit.none': 'Semua pertanyaan yang dijawab unit sudah dinilai TPI.',
  'acceptUnit.submit': 'Terima jawaban unit',
  'acceptUnit.done': '{count} jawaban unit diterima ke lapisan Evaluasi TPI.',
};
