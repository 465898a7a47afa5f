import type { statisticsId } from './statistics.id';

export const statisticsEn: Record<keyof typeof statisticsId, string> = {
  'stats.title': 'Zona Integritas statistics',
  'stats.description':
    'Work units by Zona Integritas stage, by WBK/WBBM predicate, by government body, region and year, with charts, tables and CSV.',
  'stats.intro':
    'How many work units are building an integrity zone, how far they have come, and how many hold Menuju WBK or Menuju WBBM. Every chart comes with the table of its numbers, which you can download as CSV.',
  'stats.filters': 'Scope of the statistics',
  'stats.region': 'Region',
  'stats.allRegions': 'All regions',
  'stats.regionCode': 'Region {code}',
  'stats.regionCodeHeader': 'Region code',
  'stats.national': 'Ministries and agencies (national)',
  'stats.totalUnits': 'Work units',
  'stats.buildingZi': 'Building ZI',
  'stats.revokedEver': 'Predicates ever revoked',
  'stats.units': 'Units',
  'stats.unitsHolding': 'Units holding it',
  'stats.revoked': 'Ever revoked',
  'stats.stage': 'Stage',
  'stats.predicate': 'Predicate',
  'stats.instansi': 'Government body',
  'stats.instansiKind': 'Kind of body',
  'stats.year': 'Programme year',
  'stats.byStage': 'Units by stage',
  'stats.byStageIntro':
    'The latest stage each unit has reached, in the order of the Zona Integritas lifecycle.',
  'stats.byStageChart': 'Units by current stage',
  'stats.byPredicate': 'Units by predicate',
  'stats.byPredicateIntro':
    'Each unit counted once, by the highest predicate it holds now (WBBM over WBK); revoked predicates are not counted.',
  'stats.byPredicateChart': 'Units holding each predicate',
  'stats.byInstansi': 'Units by government body',
  'stats.byInstansiIntro':
    'Each body’s work units, how many are building ZI and how many hold a predicate. A body’s name opens the directory of its units.',
  'stats.byInstansiChart': 'Units building ZI and holding a predicate, by government body',
  'stats.byInstansiChartTop': 'The {count} government bodies with most units building ZI',
  'stats.byRegion': 'Units by region',
  'stats.byRegionIntro':
    'Units per province of the region they are in: their own Kemendagri region code, or else their government body’s; a province together with its regencies and cities.',
  'stats.byRegionChart': 'Units building ZI and holding a predicate, by region',
  'stats.byRegionChartTop': 'The {count} regions with most units building ZI',
  'stats.byYear': 'Units by programme year',
  'stats.byYearIntro':
    'How many units reached each stage in a programme year. The chart follows declaration, proposal and award; the table has every stage.',
  'stats.byYearChart': 'Declarations, proposals and predicates by programme year',
  'stats.downloadCsv': 'Download CSV',
  'stats.downloadCsvOf': 'Download CSV: {table}',
};
