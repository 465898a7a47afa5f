/**
 * Why the API refused a value of a form or an import row, by the stable `reason` it gives beside the
 * field; the values (`max`, `min`) are the rule's own.
 */
export const validationRefusalId = {
  REQUIRED: 'Wajib diisi.',
  TOO_SHORT: 'Paling sedikit {min} karakter.',
  TOO_LONG: 'Paling banyak {max} karakter.',
  TOO_FEW_ITEMS: 'Pilih atau isi paling sedikit {min}.',
  TOO_MANY_ITEMS: 'Paling banyak {max}.',
  BELOW_MINIMUM: 'Paling kecil {min}.',
  ABOVE_MAXIMUM: 'Paling besar {max}.',
  NOT_A_WHOLE_NUMBER: 'Isi dengan bilangan bulat.',
  NOT_AN_EMAIL: 'Isi dengan alamat email, misalnya nama@instansi.go.id.',
  NOT_A_WEB_LINK: 'Masukkan tautan lengkap yang diawali http:// atau https://.',
  INVALID_CODE: 'Kode harus 1–40 huruf, angka, atau . _ / -, diawali huruf atau angka.',
  INVALID_REGION: 'Kode wilayah harus seperti 64, 64.71 atau 64.71.01.',
  INVALID_INSTANSI_REGION: 'Kode wilayah instansi harus seperti 64 (provinsi) atau 64.71 (kabupaten/kota).',
  INVALID_ID: 'Pengenal (ID) ini tidak dikenal.',
  INVALID_CURSOR: 'Halaman ini tidak dapat dibuka lagi; mulai dari halaman pertama.',
  PAGE_SIZE: 'Jumlah per halaman harus {min}–{max}.',
  NOT_FOUND: 'Data ini tidak ditemukan, atau di luar cakupan akun Anda.',
  UNKNOWN_QUESTION: 'Pertanyaan {code} tidak ada di LKE ini.',
  YEAR_RANGE: 'Tahun harus antara {min} dan {max}.',
  INVALID_CHARACTER: 'Isian ini memuat karakter yang tidak dapat disimpan; ketik ulang isinya.',
  INVALID: 'Isian ini tidak valid.',
};
