/** A worksheet’s deadlines, and reopening a layer, in Bahasa Indonesia (the first language). */
export const deadlinesId = {
  'deadlines.formTitle': 'Tenggat LKE {year}',
  'deadlines.formIntro':
    'Batas pengisian oleh unit dan evaluasi oleh TPI di instansi Anda (tanggalnya masih termasuk). Sesudahnya lapisan jawaban terkunci, kecuali dibuka kembali untuk satu LKE.',
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
    'Lapisan ini terbuka sampai {date}. Untuk LKE ini saja, lapisan tetap terbuka sampai tanggal lebih akhir yang dipilih; alasannya dicatat.',
  'deadlines.reopenUntil': 'Dibuka sampai',
  'deadlines.reason': 'Alasan (wajib, dicatat)',
  'deadlines.reasonRequired': 'Tulis alasannya.',
  'deadlines.untilTooEarly': 'Pilih {date} atau sesudahnya.',
  'deadlines.reopenedUntil': 'Dibuka kembali hingga {date}: {reason}',
};
