import type { Locale } from '../i18n/locale';
import { en } from './en';
import { id, type Messages, type SharedMessageKey } from './id';

/** The messages both apps use. */
export const dictionaries: Record<Locale, Messages> = { id, en };

/**
 * The messages an app adds to the shared ones. Each app declares its keys here, by merging into this
 * interface (`declare module '@zi/ui' { interface AppMessages … }`), so that its `useT`, `Translate`
 * and `MessageKey` accept them and no other app's; the messages themselves go to `I18nProvider`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the apps fill it by declaration merging, which a type alias cannot take.
export interface AppMessages {}

export type MessageKey = SharedMessageKey | keyof AppMessages;

/** An app's own messages in every language. */
export type AppDictionaries = Record<Locale, AppMessages>;
