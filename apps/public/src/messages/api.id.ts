/** The API page, in Bahasa Indonesia (the first language). */
export const apiId = {
  'api.title': 'API GraphQL publik',
  'api.description':
    'Cara mengambil data registri Zona Integritas lewat API GraphQL publik: contoh curl, JavaScript dan Python, paging, batas pemakaian.',
  'api.intro':
    'Semua yang tampil di situs ini dapat diambil lewat API GraphQL yang sama: gratis, tanpa pendaftaran, hanya-baca, dan boleh dipanggil dari situs lain (CORS terbuka).',
  'api.endpointTitle': 'Alamat API',
  'api.endpointBody':
    'Kirim kueri GraphQL ke alamat ini dengan POST (badan JSON berisi query dan variables) atau dengan GET (query dan variables sebagai parameter URL). Jawaban GET dapat disimpan oleh cache.',
  'api.endpointLabel': 'Alamat',
  'api.bulkBody':
    'Butuh seluruh registri sekaligus? Berkas data terbuka lebih cepat dan tidak memakai anggaran API.',
  'api.bulkLink': 'Unduh data terbuka',
  'api.examplesTitle': 'Contoh siap pakai',
  'api.languageLegend': 'Tampilkan contoh dalam',
  'api.example.post': 'POST: jumlah unit per tahap',
  'api.example.postIntro': 'Cara paling umum: kirim kueri dalam badan JSON.',
  'api.example.get': 'GET dengan variabel: memeriksa kode pakta',
  'api.example.getIntro':
    'Kueri dan variabelnya dikirim sebagai parameter URL. Jawabannya `null` bila tidak ada pakta dengan kode itu.',
  'api.example.paging': 'Mengambil semua unit, halaman demi halaman',
  'api.example.pagingIntro':
    'Daftar memakai kursor: minta paling banyak 100 unit per halaman (`first`), lalu kirim `pageInfo.endCursor` sebagai `after` sampai `hasNextPage` bernilai `false`. Contoh curl memakai `jq`.',
  'api.limitsTitle': 'Batas pemakaian',
  'api.limitCost':
    'Biaya sebuah kueri kira-kira sama dengan jumlah objek yang mungkin dikembalikannya: daftar berhalaman seperti units dihitung sebesar ukuran halamannya (first atau last; bawaan {defaultPage}, paling banyak {maxPage}), daftar biasa seperti pacts {listCost}, dan setiap objek 1. Daftar di dalam daftar saling mengalikan.',
  'api.limitQuery':
    'Satu kueri paling mahal {maxCost} poin, paling dalam {maxDepth} tingkat, dan memakai paling banyak {maxAliases} alias.',
  'api.limitBudget':
    'Setiap alamat IP punya anggaran {budget} poin yang terisi kembali {refill} poin per detik. Kueri biasa memakai beberapa puluh poin, jadi anggaran ini cukup untuk ribuan permintaan.',
  'api.limitCache':
    'Jawaban boleh disimpan selama {seconds} detik (Cache-Control). Kueri yang sama dengan GET dapat dijawab dari cache; automatic persisted queries juga didukung.',
  'api.headersTitle': 'Header yang memberi tahu',
  'api.header.cost': 'Biaya kueri ini, dalam poin.',
  'api.header.limit': 'Besar anggaran Anda.',
  'api.header.remaining': 'Sisa anggaran setelah kueri ini.',
  'api.header.reset': 'Detik sampai anggaran penuh kembali.',
  'api.header.retryAfter': 'Hanya saat anggaran habis: detik sampai kueri ini bisa dijalankan.',
  'api.header.extensions':
    'Angka yang sama di badan jawaban JSON: biaya, batas, sisa anggaran dan laju pengisiannya.',
  'api.errorsTitle': 'Kode galat dan cara memperbaikinya',
  'api.errorCode': 'Kode',
  'api.errorStatus': 'Status HTTP',
  'api.errorMeaning': 'Artinya',
  'api.errorFix': 'Yang perlu dilakukan',
  'api.error.tooComplex': 'Kueri melewati batas biaya, kedalaman atau alias. Pesannya menyebut angkanya.',
  'api.error.tooComplexFix':
    'Minta halaman lebih kecil (first), kurangi daftar yang bersarang, atau pecah menjadi beberapa kueri.',
  'api.error.rateLimited': 'Anggaran alamat IP Anda habis untuk sementara.',
  'api.error.rateLimitedFix':
    'Tunggu sebanyak detik di header Retry-After lalu ulangi. Simpan jawaban yang sudah didapat; untuk seluruh data, unduh berkas data terbuka.',
  'api.error.badInput': 'Sebuah argumen tidak sah; extensions.field menyebut argumen yang mana.',
  'api.error.badInputFix': 'Perbaiki nilai argumen itu sesuai pesannya, mis. first antara 1 dan 100.',
  'api.explorerTitle': 'Coba langsung',
  'api.explorerBody':
    'GraphiQL di bawah ini menjalankan kueri pada API yang sama. Ketik Ctrl+Spasi untuk saran kolom; dokumentasi skema ada di panel samping. Antarmuka GraphiQL berbahasa Inggris.',
};
