import type { Locale } from '@zi/ui';
import { type MessageKeyOf, messagesOf, type Section } from '../section';
import * as portal from '../sections';
import { areasEn } from './areas.en';
import { areasId } from './areas.id';
import { portalEn } from './portal.en';
import { portalId } from './portal.id';
import { refusalsEn } from './refusals.en';
import { refusalsId } from './refusals.id';

/**
 * The messages no one section owns: the portal's frame and the words its forms share, the labels of
 * change areas, statuses and layers that several features show, and the refusal sentences, which
 * `refusals.ts` words for every page.
 */
export const portalMessages = {
  id: { ...portalId, ...areasId, ...refusalsId },
  en: { ...portalEn, ...areasEn, ...refusalsEn },
};

type Sections = typeof portal;

/** Every section's keys, from the types of their descriptors: `sections.ts` is the only list. */
type SectionKey = { [Name in keyof Sections]: MessageKeyOf<Sections[Name]> }[keyof Sections];

type AdminMessages = Record<keyof typeof portalMessages.id | SectionKey, string>;

const sections: readonly Section[] = Object.values(portal);
const ofSections = messagesOf(sections);

/**
 * The portal's own messages, for `I18nProvider`: its own and every section's (the shared ones come
 * with @zi/ui). Each part is typed where it is written; `messages.test.ts` proves each has its keys
 * in every language and that no key has two homes.
 */
export const messages = {
  id: { ...portalMessages.id, ...ofSections.id },
  en: { ...portalMessages.en, ...ofSections.en },
} as Record<Locale, AdminMessages>;

declare module '@zi/ui' {
  /** The portal's keys, which its `useT` accepts beside the shared ones. */
  interface AppMessages extends AdminMessages {}
}
