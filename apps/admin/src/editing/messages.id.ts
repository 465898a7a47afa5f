/** Editing the worksheet: answers, saving, conflicts and references, in Bahasa Indonesia (the first language). */
export const editingId = {
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
};
