/**
 * Why the API refused a unit, an import row, a person, an assignment or a password link, by the
 * stable `reason` it gives; none needs values beyond the field or column the form already shows.
 */
export const registryRefusalId = {
  UNIT_NAME_TAKEN: 'Unit lain di instansi Anda sudah memakai nama ini.',
  UNIT_CODE_TAKEN: 'Unit lain di instansi Anda sudah memakai kode ini.',
  UNIT_NAME_AMBIGUOUS:
    'Nama ini cocok dengan beberapa unit yang hanya berbeda huruf besar-kecilnya; isi kodenya.',
  UNIT_ARCHIVED: 'Unit ini sudah diarsipkan.',
  REASON_REQUIRED: 'Tulis alasannya.',
  SELF_CHANGE: 'Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.',
  EMAIL_TAKEN: 'Email ini sudah dipakai akun lain.',
  NO_UNITS: 'Tidak ada unit aktif di instansi Anda yang cocok dengan pilihan ini.',
  SELECTION_REQUIRED: 'Pilih unit, jenis unit, atau kode wilayah; pilihan kosong akan mengambil semua unit.',
  INSTANSI_NAME_TAKEN: 'Instansi lain sudah memakai nama ini.',
  LAYER_UNKNOWN: 'Lapisan jawaban tidak dikenal.',
  NOT_AN_EVALUATOR: 'Setiap orang yang dipilih harus evaluator TPI yang aktif di instansi Anda.',
  LINK_INVALID:
    'Tautan ini tidak dikenal, sudah dipakai, atau sudah kedaluwarsa. Minta tautan baru kepada Inspektorat.',
  UNREADABLE_FILE: 'Berkas ini bukan CSV atau XLSX yang dapat dibaca.',
  IMPORT_COLUMNS_MISSING:
    'Baris judul tidak memuat semua kolom yang diperlukan: kode, nama, jenis, kode_wilayah, alamat, kepala, layanan_publik.',
  IMPORT_TOO_LONG: 'Berkas ini terlalu panjang untuk satu kali impor; bagi menjadi beberapa berkas.',
  INVALID_KIND: 'Jenis harus salah satu dari: dinas, badan, rsud, puskesmas, sekolah, kecamatan, lainnya.',
  INVALID_YES_NO: 'Isi dengan ya atau tidak.',
  INVALID_ALIASES:
    'Paling banyak 10 singkatan, dipisahkan koma, masing-masing paling banyak 40 karakter, tanpa tanda |.',
  DUPLICATE_IN_FILE: 'Nilai ini sudah ada di baris lain dalam berkas ini.',
};
