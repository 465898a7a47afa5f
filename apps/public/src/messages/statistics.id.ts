/** The statistics page, in Bahasa Indonesia (the first language). */
export const statisticsId = {
  'stats.title': 'Statistik Zona Integritas',
  'stats.description':
    'Jumlah unit kerja per tahap Zona Integritas, per predikat WBK/WBBM, per instansi, wilayah dan tahun, dengan grafik, tabel dan CSV.',
  'stats.intro':
    'Berapa unit kerja yang membangun Zona Integritas, sampai tahap mana, dan berapa yang meraih predikat Menuju WBK atau Menuju WBBM. Setiap grafik disertai tabel angkanya, yang dapat diunduh sebagai CSV.',
  'stats.filters': 'Cakupan statistik',
  'stats.region': 'Wilayah',
  'stats.allRegions': 'Semua wilayah',
  'stats.regionCode': 'Wilayah {code}',
  'stats.regionCodeHeader': 'Kode wilayah',
  'stats.national': 'Kementerian dan lembaga (nasional)',
  'stats.totalUnits': 'Unit kerja',
  'stats.buildingZi': 'Membangun ZI',
  'stats.revokedEver': 'Predikat pernah dicabut',
  'stats.units': 'Unit',
  'stats.unitsHolding': 'Unit pemegang predikat',
  'stats.revoked': 'Pernah dicabut',
  'stats.stage': 'Tahap',
  'stats.predicate': 'Predikat',
  'stats.instansi': 'Instansi',
  'stats.instansiKind': 'Jenis instansi',
  'stats.year': 'Tahun program',
  'stats.byStage': 'Unit per tahap',
  'stats.byStageIntro': 'Tahap terakhir yang dicapai tiap unit, urut sesuai perjalanan Zona Integritas.',
  'stats.byStageChart': 'Jumlah unit per tahap saat ini',
  'stats.byPredicate': 'Unit per predikat',
  'stats.byPredicateIntro':
    'Setiap unit dihitung sekali, menurut predikat tertinggi yang kini dipegangnya (WBBM di atas WBK); predikat yang dicabut tidak dihitung.',
  'stats.byPredicateChart': 'Jumlah unit pemegang predikat',
  'stats.byInstansi': 'Unit per instansi',
  'stats.byInstansiIntro':
    'Unit kerja tiap instansi, berapa yang membangun ZI dan yang berpredikat. Nama instansi membuka direktori unitnya.',
  'stats.byInstansiChart': 'Unit yang membangun ZI dan berpredikat, per instansi',
  'stats.byInstansiChartTop': '{count} instansi dengan unit membangun ZI terbanyak',
  'stats.byRegion': 'Unit per wilayah',
  'stats.byRegionIntro':
    'Unit per provinsi wilayahnya: kode wilayah Kemendagri unit itu sendiri, atau kode instansinya bila tidak ada; provinsi bersama kabupaten dan kotanya.',
  'stats.byRegionChart': 'Unit yang membangun ZI dan berpredikat, per wilayah',
  'stats.byRegionChartTop': '{count} wilayah dengan unit membangun ZI terbanyak',
  'stats.byYear': 'Unit per tahun program',
  'stats.byYearIntro':
    'Berapa unit yang mencapai tiap tahap dalam satu tahun program. Grafik mengikuti pencanangan, pengusulan dan penetapan; tabel memuat semua tahap.',
  'stats.byYearChart': 'Pencanangan, pengusulan dan predikat per tahun program',
  'stats.downloadCsv': 'Unduh CSV',
  'stats.downloadCsvOf': 'Unduh CSV: {table}',
};
