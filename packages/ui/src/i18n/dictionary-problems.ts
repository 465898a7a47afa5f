import { type AppDictionaries, dictionaries } from '../messages';
import { placeholdersOf } from './interpolate';
import { LOCALES, type Locale } from './locale';

type Dictionaries = Record<Locale, Readonly<Record<string, string>>>;

/**
 * What keeps dictionaries from being used: a key that one language lacks or adds beside the
 * Indonesian, an empty or untrimmed message, or other placeholders than the Indonesian message's.
 */
export function dictionaryProblems(languages: Dictionaries): string[] {
  const problems: string[] = [];
  const indonesian = languages.id;
  for (const locale of LOCALES) {
    const messages = languages[locale];
    for (const key of Object.keys(indonesian))
      if (!(key in messages)) problems.push(`${locale} lacks ${key}`);
    for (const [key, message] of Object.entries(messages)) {
      const model = indonesian[key];
      if (model === undefined) problems.push(`${locale} has ${key}, which Indonesian lacks`);
      else if (placeholdersOf(message).join() !== placeholdersOf(model).join()) {
        problems.push(`${locale} ${key} has other placeholders than Indonesian`);
      }
      if (message.trim() === '' || message !== message.trim())
        problems.push(`${locale} ${key} is empty or untrimmed`);
    }
  }
  return problems;
}

/** The problems of an app's own dictionaries, and each key of theirs that the shared ones have already. */
export function appMessageProblems(own: AppDictionaries): string[] {
  // An interface has no index signature; a spread copy of it reads as the record it is.
  const languages: Dictionaries = { id: { ...own.id }, en: { ...own.en } };
  const shared = Object.keys(languages.id).filter((key) => key in dictionaries.id);
  return [...dictionaryProblems(languages), ...shared.map((key) => `${key} is a shared message already`)];
}
