/** The page frame, errors and words both apps use, in Bahasa Indonesia (the first language). */
export const commonId = {
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

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak ada di situs ini.',
  'dialog.close': 'Tutup',
};
