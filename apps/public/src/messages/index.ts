import type { Locale } from '@zi/ui';
import { publicEn } from './en';
import { publicId } from './id';

type PublicMessages = Record<keyof typeof publicId, string>;

/** The public site's own messages, for `I18nProvider`; the shared ones come with @zi/ui. */
export const messages: Record<Locale, PublicMessages> = { id: publicId, en: publicEn };

declare module '@zi/ui' {
  /** The public site's keys, which its `useT` accepts beside the shared ones. */
  interface AppMessages extends PublicMessages {}
}
