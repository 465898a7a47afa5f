import { dictionaries, type MessageKey } from '../messages';
import { interpolate, type MessageParams } from './interpolate';
import { intlTag, type Locale } from './locale';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  const messages = dictionaries[locale];
  const tag = intlTag(locale);
  return (key, params) => interpolate(messages[key], params, tag);
}
