import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES, PREDICATE_KINDS, REFUSAL_REASONS, STAGES, UNIT_KINDS } from '../enums';
import { placeholdersOf } from '../i18n/interpolate';
import { LOCALES } from '../i18n/locale';
import { dictionaries, type MessageKey } from '.';

const sortedKeys = (messages: object) => Object.keys(messages).sort();

describe('dictionaries', () => {
  it('have exactly the keys of the Indonesian one', () => {
    for (const locale of LOCALES) {
      expect(sortedKeys(dictionaries[locale]), locale).toEqual(sortedKeys(dictionaries.id));
    }
  });

  it('have no empty or untrimmed message', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(dictionaries[locale])) {
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
        expect(message, `${locale} ${key}`).toBe(message.trim());
      }
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, message] of Object.entries(dictionaries.id)) {
      expect(placeholdersOf(dictionaries.en[key as MessageKey]), key).toEqual(placeholdersOf(message));
    }
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
      ...ASSESSMENT_STATUSES.flatMap(
        (status) => [`assessmentStatus.${status}`, `statusHelp.${status}`] as const,
      ),
      ...REFUSAL_REASONS.map((reason) => `refusal.${reason}` as const),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(dictionaries[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });
});
