import type { PublicRefusalReason } from '@zi/schema/public-enums';

/**
 * Why the API refused, for the reasons the public API can give (both apps receive them): a value
 * of a filter or an argument, paging, or a server too busy. The portal words the other reasons.
 */
export const publicRefusalId: Record<PublicRefusalReason, string> = {
  INVALID: 'Isian ini tidak valid.',
  INVALID_ID: 'Pengenal (ID) ini tidak dikenal.',
  INVALID_CURSOR: 'Halaman ini tidak dapat dibuka lagi; mulai dari halaman pertama.',
  PAGE_SIZE: 'Jumlah per halaman harus {min}–{max}.',
  INVALID_REGION: 'Kode wilayah harus seperti 64, 64.71 atau 64.71.01.',
  INVALID_INSTANSI_REGION: 'Kode wilayah instansi harus seperti 64 (provinsi) atau 64.71 (kabupaten/kota).',
  TOO_LONG: 'Paling banyak {max} karakter.',
  NOT_A_WHOLE_NUMBER: 'Isi dengan bilangan bulat.',
  BELOW_MINIMUM: 'Paling kecil {min}.',
  ABOVE_MAXIMUM: 'Paling besar {max}.',
  INVALID_CHARACTER: 'Isian ini memuat karakter yang tidak dapat disimpan; ketik ulang isinya.',
  BUSY: 'Server sedang sangat sibuk. Tidak ada yang berubah; coba lagi sebentar lagi.',
};
