import { PublicRefusalReason } from '@zi/schema/public-enums';
import { describe, expect, it } from 'vitest';
import { PREDICATE_KINDS, STAGES, UNIT_KINDS } from '../enums';
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

  it('say every reason the public API gives for a refusal, and no other: the portal words the rest', () => {
    const reasons = Object.values(PublicRefusalReason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const said = Object.keys(dictionaries[locale])
        .filter((key) => key.startsWith('refusal.'))
        .map((key) => key.slice('refusal.'.length));
      expect(said.sort(), locale).toEqual([...reasons].sort());
    }
  });
});
