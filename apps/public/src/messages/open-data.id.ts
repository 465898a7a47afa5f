/** The open data page, in Bahasa Indonesia (the first language). */
export const openDataId = {
  'openData.title': 'Data terbuka',
  'openData.description':
    'Unduh seluruh registri Zona Integritas dalam CSV dan JSON (CC BY 4.0), dengan kamus data, checksum SHA-256 dan umpan Atom.',
  'openData.intro':
    'Seluruh isi registri dalam berkas CSV dan JSON yang bebas dipakai ulang. Berkas dibuat ulang setiap kali data berubah; nomor versi dan checksum memastikan Anda memakai berkas yang sama dengan yang diterbitkan.',
  'openData.version': 'Versi data',
  'openData.generatedAt': 'Dibuat pada',
  'openData.license': 'Lisensi',
  'openData.feed': 'Umpan perubahan',
  'openData.files': 'Berkas',
  'openData.fileName': 'Berkas',
  'openData.format': 'Format',
  'openData.size': 'Ukuran',
  'openData.rows': 'Baris data',
  'openData.sha256': 'SHA-256',
  'openData.file.units': 'Unit kerja dan tahap terakhirnya',
  'openData.file.instansi': 'Instansi pemerintah',
  'openData.file.stageEvents': 'Perjalanan tahap tiap unit',
  'openData.file.predicates': 'Semua predikat WBK dan WBBM yang pernah diraih, termasuk yang dicabut',
  'openData.file.pacts': 'Pakta integritas',
  'openData.file.registry': 'Seluruh registri dalam satu berkas JSON',
  'openData.licenseTitle': 'Lisensi dan atribusi',
  'openData.licenseBody': 'Data ini diterbitkan dengan lisensi',
  'openData.licenseName': 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
  'openData.licenseMay':
    'Anda boleh menyalin, membagikan, mengolah dan memakai data ini untuk tujuan apa pun, termasuk komersial.',
  'openData.licenseMust': 'Sebutkan sumbernya: nama registri, alamatnya, versi data dan lisensinya.',
  'openData.licenseChanges': 'Jika data Anda saring, gabungkan atau ubah, katakan demikian.',
  'openData.attributionLabel': 'Contoh atribusi',
  'openData.attributionText':
    'Sumber: {site} ({url}), data versi {version} tanggal {date}, lisensi {license}.',
  'openData.checksumTitle': 'Memeriksa keutuhan berkas',
  'openData.checksumBody': 'Setiap berkas punya checksum SHA-256, tercantum di tabel di atas dan di berkas',
  'openData.checksumLinux': 'Linux',
  'openData.checksumMac': 'macOS',
  'openData.checksumWindows': 'Windows (PowerShell): bandingkan hasilnya dengan tabel di atas',
  'openData.checksumBrowserNote':
    'Berkas CSV yang diunduh lewat peramban diberi nama dengan versinya (mis. zona-integritas-units-v12.csv). Periksa dengan “sha256sum nama-berkas” dan bandingkan dengan tabel, atau unduh dengan curl seperti di atas agar namanya sama dengan SHA256SUMS.',
  'openData.feedTitle': 'Umpan perubahan (Atom)',
  'openData.feedBody':
    'Pencanangan, penetapan dan pencabutan predikat, serta pakta integritas baru muncul di umpan Atom. Tambahkan alamat ini ke pembaca RSS/Atom untuk mengikuti perubahannya.',
  'openData.dictionaryTitle': 'Kamus data',
  'openData.dictionaryIntro':
    'Kolom setiap berkas CSV, tipe dan artinya, sebagaimana dinyatakan dalam manifes data.',
  'openData.column': 'Kolom',
  'openData.type': 'Tipe',
  'openData.columnDescription': 'Keterangan',
  'openData.columnsOf': 'Kolom {dataset}',
  'openData.apiTitle': 'Butuh data yang disaring?',
  'openData.apiBody':
    'API GraphQL publik menjawab pertanyaan tertentu, mis. satu unit atau satu instansi, tanpa mengunduh semuanya.',
  'openData.apiLink': 'Baca panduan API',
};
