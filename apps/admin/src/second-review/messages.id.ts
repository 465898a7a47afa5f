/** The second review of an evaluation, by the team lead, in Bahasa Indonesia (the first language). */
export const secondReviewId = {
  'secondReview.title': 'Reviu kedua oleh ketua tim',
  'secondReview.intro':
    'Bila diwajibkan, hasil evaluasi yang disetujui evaluator TPI belum selesai: ketua tim evaluator unit itu (atau Inspektorat) memeriksanya, lalu mengonfirmasi atau mengembalikannya ke TPI dengan alasan. Baru setelah dikonfirmasi, tahap “Dievaluasi TPI” tampil di halaman publik unit. Orang yang menyetujui tidak dapat mengonfirmasi persetujuannya sendiri.',
  'secondReview.scope':
    'Berlaku untuk semua unit instansi Anda mulai persetujuan berikutnya; LKE yang sudah menunggu ketua tim tetap menunggu keputusannya.',
  'secondReview.required': 'Hasil evaluasi TPI harus dikonfirmasi ketua tim',
  'secondReview.saving': 'Menyimpan…',
  'secondReview.savedOn': 'Tersimpan: persetujuan TPI kini menunggu konfirmasi ketua tim.',
  'secondReview.savedOff': 'Tersimpan: persetujuan TPI langsung menyelesaikan evaluasi.',
};
