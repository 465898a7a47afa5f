/**
 * Why the API refused a value of a form or an import row, by the stable `reason` it gives beside the
 * field; the values (`max`, `min`) are the rule's own.
 */
export const validationRefusalId = {
  REQUIRED: 'Wajib diisi.',
  TOO_SHORT: 'Paling sedikit {min} karakter.',
  TOO_FEW_ITEMS: 'Pilih atau isi paling sedikit {min}.',
  TOO_MANY_ITEMS: 'Paling banyak {max}.',
  NOT_AN_EMAIL: 'Isi dengan alamat email, misalnya nama@instansi.go.id.',
  NOT_A_WEB_LINK: 'Masukkan tautan lengkap yang diawali http:// atau https://.',
  INVALID_CODE: 'Kode harus 1–40 huruf, angka, atau . _ / -, diawali huruf atau angka.',
  NOT_FOUND: 'Data ini tidak ditemukan, atau di luar cakupan akun Anda.',
  UNKNOWN_QUESTION: 'Pertanyaan {code} tidak ada di LKE ini.',
  YEAR_RANGE: 'Tahun harus antara {min} dan {max}.',
  INVALID_NIP: 'NIP terdiri atas 18 angka, tanpa spasi.',
  NUMBER_FORMAT_WITHOUT_SEQUENCE: 'Format nomor harus memuat {nomor}, nomor urut laporan.',
};
