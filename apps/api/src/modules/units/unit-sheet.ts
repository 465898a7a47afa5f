import { UnitKind } from './unit.entity.js';

/** The columns of the unit list the Inspektorat imports and exports, in order. */
export const UNIT_COLUMNS = [
  'kode',
  'nama',
  'jenis',
  'kode_wilayah',
  'alamat',
  'kepala',
  'layanan_publik',
  'singkatan',
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

/**
 * Columns a file may leave out: `singkatan` (the unit's acronyms, comma-separated) came later, so a
 * list exported before it still imports, and leaves the units' acronyms as they are.
 */
export const OPTIONAL_COLUMNS: ReadonlySet<UnitColumn> = new Set(['singkatan']);

/** How the kinds are written in the sheet: the words Indonesian lists use. */
export const KIND_WORDS: Readonly<Record<UnitKind, string>> = {
  [UnitKind.DINAS]: 'dinas',
  [UnitKind.BADAN]: 'badan',
  [UnitKind.RSUD]: 'rsud',
  [UnitKind.PUSKESMAS]: 'puskesmas',
  [UnitKind.SCHOOL]: 'sekolah',
  [UnitKind.KECAMATAN]: 'kecamatan',
  [UnitKind.OTHER]: 'lainnya',
};

export const KIND_OF_WORD: ReadonlyMap<string, UnitKind> = new Map(
  Object.entries(KIND_WORDS).map(([kind, word]) => [word, kind as UnitKind]),
);

export const YES = 'ya';
export const NO = 'tidak';
