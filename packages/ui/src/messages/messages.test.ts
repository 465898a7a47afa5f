import { RefusalReason } from '@zi/schema/public-enums';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES, PREDICATE_KINDS, STAGES, UNIT_KINDS } from '../enums';
import { dictionaryProblems } from '../i18n/dictionary-problems';
import { LOCALES } from '../i18n/locale';
import { dictionaries, type MessageKey } from '.';

describe('dictionaries', () => {
  it('have the keys and placeholders of the Indonesian one, and no empty or untrimmed message', () => {
    expect(dictionaryProblems(dictionaries)).toEqual([]);
  });

  it('label every value of the filterable enums', () => {
    const keys: MessageKey[] = [
      ...STAGES.map((stage) => `stage.${stage}` as const),
      ...UNIT_KINDS.map((kind) => `unitKind.${kind}` as const),
      ...PREDICATE_KINDS.map((kind) => `predicate.${kind}` as const),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(dictionaries[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });

  it('say every status of a worksheet, and every reason the API gives for a refusal', () => {
    const keys: MessageKey[] = [
      ...ASSESSMENT_STATUSES.map((status) => `assessmentStatus.${status}` as const),
      ...Object.values(RefusalReason).map((reason) => `refusal.${reason}` as const),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(dictionaries[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });

  it('say no refusal the schema does not name: a reason it dropped loses its sentences', () => {
    const reasons = new Set<string>(Object.values(RefusalReason));
    for (const locale of LOCALES) {
      const said = Object.keys(dictionaries[locale]).filter((key) => key.startsWith('refusal.'));
      expect(said.length, locale).toBeGreaterThan(0);
      expect(
        said.filter((key) => !reasons.has(key.slice('refusal.'.length))),
        locale,
      ).toEqual([]);
    }
  });
});
