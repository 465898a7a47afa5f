import type { Locale } from '@zi/ui';
import { adminEn } from './en';
import { adminId } from './id';

type AdminMessages = Record<keyof typeof adminId, string>;

/** The portal's own messages, for `I18nProvider`; the shared ones come with @zi/ui. */
export const messages: Record<Locale, AdminMessages> = { id: adminId, en: adminEn };

declare module '@zi/ui' {
  /** The portal's keys, which its `useT` accepts beside the shared ones. */
  interface AppMessages extends AdminMessages {}
}
