import type { Locale } from '../i18n/locale';
import { en } from './en';
import { id, type Messages } from './id';

export const dictionaries: Record<Locale, Messages> = { id, en };

export type { MessageKey } from './id';
