import type { AnswerChangeKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Jawaban diubah',
  EVIDENCE_ADDED: 'Bukti dukung diunggah',
  EVIDENCE_REPLACED: 'Bukti dukung diganti',
  EVIDENCE_LINKED: 'Tautan bukti dukung ditambahkan',
  EVIDENCE_REMOVED: 'Bukti dukung dihapus',
};

/** Editing the worksheet: answers, saving, conflicts, evidence, and the history of an answer, in Bahasa Indonesia (the first language). */
export const editingId = {
  'answerHistory.open': 'Riwayat',
  'answerHistory.title': 'Riwayat {code}',
  'answerHistory.intro':
    'Setiap perubahan jawaban, catatan dan bukti dukung pertanyaan ini, yang terbaru di atas.',
  'answerHistory.empty': 'Belum ada perubahan pada pertanyaan ini.',
  'answerHistory.answer': 'Jawaban',
  'answerHistory.note': 'Catatan',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(kosong)',

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

  ...labelsOf('answerChangeKind', answerChangeKind),
};
