import type { PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import { commonId } from './common.id';
import { publicRefusalId } from './refusals.id';
import { unitsId } from './units.id';

const stage: Record<Stage, string> = {
  DECLARED: 'Pencanangan',
  BUILDING: 'Pembangunan',
  SELF_ASSESSED: 'Penilaian mandiri',
  TPI_EVALUATED: 'Dievaluasi TPI',
  PROPOSED: 'Diusulkan ke KemenPANRB',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
  NOT_AWARDED: 'Tidak ditetapkan TPN',
  REVOKED: 'Predikat dicabut',
};

const unitKind: Record<UnitKind, string> = {
  DINAS: 'Dinas',
  BADAN: 'Badan',
  RSUD: 'Rumah sakit daerah (RSUD)',
  PUSKESMAS: 'Puskesmas',
  SCHOOL: 'Sekolah',
  KECAMATAN: 'Kecamatan',
  OTHER: 'Unit lainnya',
};

const predicate: Record<PredicateKind, string> = {
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

const sort: Record<UnitSort, string> = {
  'name-asc': 'Nama A–Z',
  'name-desc': 'Nama Z–A',
  latest: 'Tahap terbaru',
};

/** Bahasa Indonesia, the default language; every other dictionary has exactly these keys. */
export const id = {
  ...commonId,
  ...unitsId,

  ...labelsOf('stage', stage),
  ...labelsOf('unitKind', unitKind),
  ...labelsOf('predicate', predicate),
  ...labelsOf('sort', sort),
  // Every reason the public API gives (`publicRefusalId` is typed by the schema's list of them); the
  // portal adds the sentences of the others (apps/admin/src/messages/refusals.id.ts).
  ...labelsOf('refusal', publicRefusalId),
} satisfies Record<string, string>;

export type SharedMessageKey = keyof typeof id;
export type Messages = Record<SharedMessageKey, string>;
