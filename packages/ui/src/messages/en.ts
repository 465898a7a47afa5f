import type { PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import { commonEn } from './common.en';
import type { Messages } from './id';
import { publicRefusalEn } from './refusals.en';
import { unitsEn } from './units.en';

const stage: Record<Stage, string> = {
  DECLARED: 'Declared',
  BUILDING: 'Building',
  SELF_ASSESSED: 'Self-assessed',
  TPI_EVALUATED: 'Evaluated by the TPI',
  PROPOSED: 'Proposed to KemenPANRB',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
  NOT_AWARDED: 'Not awarded by the TPN',
  REVOKED: 'Predicate revoked',
};

const unitKind: Record<UnitKind, string> = {
  DINAS: 'Agency office (dinas)',
  BADAN: 'Board (badan)',
  RSUD: 'Regional hospital (RSUD)',
  PUSKESMAS: 'Health centre (puskesmas)',
  SCHOOL: 'School',
  KECAMATAN: 'District office (kecamatan)',
  OTHER: 'Other unit',
};

const predicate: Record<PredicateKind, string> = {
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

const sort: Record<UnitSort, string> = {
  'name-asc': 'Name A–Z',
  'name-desc': 'Name Z–A',
  latest: 'Latest stage',
};

export const en: Messages = {
  ...commonEn,
  ...unitsEn,

  ...labelsOf('stage', stage),
  ...labelsOf('unitKind', unitKind),
  ...labelsOf('predicate', predicate),
  ...labelsOf('sort', sort),
  ...labelsOf('refusal', publicRefusalEn),
};
