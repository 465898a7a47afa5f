/** The LHE letterhead settings, in Bahasa Indonesia (the first language). */
export const letterheadId = {
  'letterhead.title': 'Kop dan penomoran LHE',
  'letterhead.intro':
    'Tertulis pada setiap laporan hasil evaluasi (LHE) yang diterbitkan: alamat Inspektorat di bawah kop, Inspektur yang menandatangani, dan format nomor laporan.',
  'letterhead.logo': 'Logo',
  'letterhead.logoAlt': 'Logo pada kop LHE',
  'letterhead.logoNone': 'Belum ada logo.',
  'letterhead.logoChoose': 'Pilih berkas logo',
  'letterhead.logoRemove': 'Hapus logo',
  'letterhead.logoHint': 'PNG atau JPEG, paling besar 256 KB; dicetak di kiri kop.',
  'letterhead.address': 'Alamat Inspektorat',
  'letterhead.addressHint': 'Dicetak di bawah kop; kosongkan bila tidak perlu.',
  'letterhead.inspekturName': 'Nama Inspektur',
  'letterhead.inspekturNameHint': 'Dengan gelar, seperti pada tanda tangan.',
  'letterhead.inspekturNip': 'NIP Inspektur',
  'letterhead.inspekturNipHint': '18 angka, tanpa spasi.',
  'letterhead.numberFormat': 'Format nomor LHE',
  'letterhead.numberFormatHint':
    '{nomor} diganti nomor urut tahun itu (001, 002, …) dan {tahun} tahun evaluasi, mis. 700/{nomor}/LHE-ZI/Itprov/{tahun}.',
  'letters.title': 'Surat paket usulan',
  'letters.intro':
    'Kata-kata surat usulan dan SPTJM dalam paket usulan. Isian dalam kurung kurawal diganti data LKE saat paket disusun; paket yang sudah disusun tidak berubah.',
  'letters.placeholders': 'Isian yang dapat dipakai: {list}.',
  'letters.save': 'Simpan surat',
  'letters.saving': 'Menyimpan…',
  'letters.saved': 'Tersimpan. Berlaku untuk paket yang disusun sesudah ini.',
  'letterhead.save': 'Simpan',
  'letterhead.saving': 'Menyimpan…',
  'letterhead.saved': 'Tersimpan. Berlaku untuk LHE yang diterbitkan sesudah ini.',
};
