import { type AppDictionaries, dictionaries, type MessageKey } from '../messages';
import { interpolate, type MessageParams } from './interpolate';
import { intlTag, type Locale } from './locale';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Translates with the shared messages and the app's own. */
export function translator(locale: Locale, own: AppDictionaries): Translate {
  const messages = { ...dictionaries[locale], ...own[locale] };
  const tag = intlTag(locale);
  return (key, params) => interpolate(messages[key], params, tag);
}
