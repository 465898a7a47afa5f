/** Monitoring's refusal sentences and the quarter names they use, in Bahasa Indonesia (the first language). */
export const monitoringRefusalId = {
  'monitoring.quarter.1': 'I',
  'monitoring.quarter.2': 'II',
  'monitoring.quarter.3': 'III',
  'monitoring.quarter.4': 'IV',
  'monitoring.quarterName': 'Triwulan {quarter} {year}',

  'refusal.ROUND_EXISTS': 'Putaran monev {quarter} sudah dibuka.',
  'refusal.QUARTER_NOT_BEGUN':
    '{quarter} belum dimulai; putarannya dapat dibuka setelah triwulan itu berjalan.',
  'refusal.ROUND_CLOSED':
    'Putaran monev {quarter} sudah ditutup: penilaian kemajuan dan temuannya tidak dapat diubah lagi.',
  'refusal.DUE_IN_CLOSED_QUARTER':
    'Tanggal ini jatuh pada {quarter}, yang sudah berakhir. Pilih tanggal mulai hari ini.',
  'refusal.DUE_IN_PAST': 'Tenggat tidak boleh sebelum hari ini ({today}).',
  'refusal.FOLLOW_UP_VERIFIED': 'Tindak lanjut ini sudah diverifikasi dan ditutup.',
  'refusal.FOLLOW_UP_STATUS':
    'Unit hanya dapat menyatakan tindak lanjut sedang dikerjakan atau selesai; verifikasi dilakukan Inspektorat.',
  'refusal.FOLLOW_UP_NOT_DONE':
    'Hanya tindak lanjut yang dinyatakan selesai oleh unit yang dapat diverifikasi atau dikembalikan.',
  'refusal.NOTE_REQUIRED': 'Tuliskan apa yang masih kurang, agar unit dapat melengkapinya.',
  'refusal.RANGE_ORDER': 'Waktu akhir harus sesudah waktu mulai.',
  'refusal.RANGE_TOO_LONG': 'Periode ini terlalu panjang; persempit rentang tanggalnya.',
  'refusal.PLACE_REQUIRED': 'Isi tempat, tautan daring, atau keduanya.',
  'refusal.NOT_INVITED': 'Hanya unit yang diundang yang dapat dicatat hadir atau diberi tindak lanjut.',
  'refusal.QUARTER_CLOSED': '{quarter} sudah berakhir; pilih triwulan yang sedang berjalan atau sesudahnya.',
  'refusal.REALISATION_REQUIRED': 'Tuliskan realisasinya: apa yang sudah dikerjakan.',
  'refusal.DUPLICATE_CELL': 'Sel unit dan area yang sama muncul dua kali dalam satu penyimpanan.',
  'refusal.NO_EARLIER_ROUND': 'Belum ada putaran sebelumnya yang sudah dinilai untuk dibawa ke putaran ini.',
};
