import type { Statistics } from './stat-sections';

const province = {
  id: 'i-prov',
  name: 'Pemerintah Provinsi Nusa Harapan',
  kind: 'PROVINCE',
  regionCode: '99',
} as const;
const city = { id: 'i-city', name: 'Pemerintah Kota Harapan', kind: 'CITY', regionCode: '99.71' } as const;
const other = {
  id: 'i-other',
  name: 'Pemerintah Kabupaten Lain',
  kind: 'REGENCY',
  regionCode: '98.01',
} as const;
const ministry = { id: 'i-min', name: 'Kementerian Contoh', kind: 'MINISTRY', regionCode: null } as const;

/** Counts shaped like the API's answer, small enough to check by hand. */
export const STATISTICS: Statistics = {
  totalUnits: 253,
  byStage: [
    { stage: null, units: 228 },
    { stage: 'BUILDING', units: 6 },
    { stage: 'WBK', units: 3 },
    { stage: 'WBBM', units: 2 },
    { stage: 'REVOKED', units: 1 },
    { stage: 'PROPOSED', units: 13 },
  ],
  byPredicate: [
    { predicate: 'WBBM', units: 2 },
    { predicate: 'WBK', units: 5 },
  ],
  byInstansi: [
    { instansi: province, units: 200, buildingZi: 20, wbk: 4, wbbm: 2, revoked: 1 },
    { instansi: city, units: 30, buildingZi: 3, wbk: 1, wbbm: 0, revoked: 0 },
    { instansi: other, units: 13, buildingZi: 1, wbk: 0, wbbm: 0, revoked: 0 },
    { instansi: ministry, units: 10, buildingZi: 1, wbk: 0, wbbm: 0, revoked: 0 },
  ],
  // By the region each unit is in: one of the ministry's units has its own region code in 98.
  byRegion: [
    {
      regionCode: '99',
      name: 'Pemerintah Provinsi Nusa Harapan',
      units: 230,
      buildingZi: 23,
      wbk: 5,
      wbbm: 2,
      revoked: 1,
    },
    { regionCode: '98', name: null, units: 14, buildingZi: 1, wbk: 0, wbbm: 0, revoked: 0 },
    { regionCode: null, name: null, units: 9, buildingZi: 1, wbk: 0, wbbm: 0, revoked: 0 },
  ],
  byYear: [
    {
      year: 2022,
      stages: [
        { stage: 'DECLARED', units: 2 },
        { stage: 'WBK', units: 2 },
      ],
    },
    {
      year: 2026,
      stages: [
        { stage: 'DECLARED', units: 17 },
        { stage: 'BUILDING', units: 17 },
        { stage: 'PROPOSED', units: 3 },
      ],
    },
  ],
};
