import type { RegistryUnitFragment, UnitInput, UnitKind } from '@zi/schema/admin';
import { oneOf, UNIT_KINDS } from '@zi/ui';

/** A unit as its form holds it: text as typed, an empty kind until one is chosen. */
export interface UnitValues {
  name: string;
  kind: UnitKind | '';
  code: string;
  regionCode: string;
  address: string;
  headName: string;
  servesPublic: boolean;
  /** Acronyms and short names as typed, separated by commas: "DPMPTSP, DPM-PTSP". */
  aliases: string;
}

export const UNIT_FIELDS = ['name', 'kind', 'code', 'regionCode', 'address', 'headName', 'aliases'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];
export type UnitProblem = 'required' | 'tooLong' | 'format';

/** The API's rules for a unit's code and its Kemendagri region code. */
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
export const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}){0,3}$/;

export const UNIT_LIMITS = { name: 200, address: 500, headName: 200 } as const;
/** The API's limits on a unit's aliases: how many, and how long each. */
export const ALIAS_LIMITS = { count: 10, length: 40 } as const;

const aliasesOf = (typed: string) =>
  typed
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);

export function unitValuesOf(unit: RegistryUnitFragment | null): UnitValues {
  return {
    name: unit?.name ?? '',
    kind: unit?.kind ?? '',
    code: unit?.code ?? '',
    regionCode: unit?.regionCode ?? '',
    address: unit?.address ?? '',
    headName: unit?.headName ?? '',
    servesPublic: unit?.servesPublic ?? false,
    aliases: (unit?.aliases ?? []).join(', '),
  };
}

/** What keeps the form from being sent, by field; empty when it may be. */
export function unitProblems(values: UnitValues): Partial<Record<UnitField, UnitProblem>> {
  const problems: Partial<Record<UnitField, UnitProblem>> = {};
  if (!values.name.trim()) problems.name = 'required';
  if (!values.kind) problems.kind = 'required';
  if (values.code.trim() && !UNIT_CODE.test(values.code.trim())) problems.code = 'format';
  if (values.regionCode.trim() && !REGION_CODE.test(values.regionCode.trim())) problems.regionCode = 'format';
  for (const [field, max] of Object.entries(UNIT_LIMITS) as [keyof typeof UNIT_LIMITS, number][]) {
    if (values[field].trim().length > max) problems[field] = 'tooLong';
  }
  const aliases = aliasesOf(values.aliases);
  if (aliases.length > ALIAS_LIMITS.count || aliases.some((alias) => alias.length > ALIAS_LIMITS.length)) {
    problems.aliases = 'tooLong';
  }
  return problems;
}

/** The input the API takes, trimmed, empty optional text as null. Call once the values have no problems. */
export function unitInput(values: UnitValues): UnitInput {
  const optional = (value: string) => value.trim() || null;
  const kind = oneOf(UNIT_KINDS, values.kind);
  if (!kind) throw new Error('A unit needs its kind.');
  return {
    name: values.name.trim(),
    kind,
    code: optional(values.code),
    regionCode: optional(values.regionCode),
    address: optional(values.address),
    headName: optional(values.headName),
    servesPublic: values.servesPublic,
    aliases: aliasesOf(values.aliases),
  };
}
