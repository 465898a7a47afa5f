import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES, PREDICATE_KINDS, REFUSAL_REASONS, STAGES, UNIT_KINDS } from '../enums';
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
      ...REFUSAL_REASONS.map((reason) => `refusal.${reason}` as const),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(dictionaries[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });
});
