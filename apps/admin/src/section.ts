import type { ViewerFragment } from '@zi/schema/admin';
import type { Locale, MessageKey } from '@zi/ui';
import type { ComponentType } from 'react';

/** What the API says the viewer may do across the portal (decision 0040). */
export type Capability = keyof ViewerFragment['may'];

/** A page at `path` under /admin/, or at /admin/ itself (`index`). */
export type SectionRoute = ({ path: string } | { index: true }) & {
  page: ComponentType;
  /** Opened without a session (signing in, setting a password); every other page asks for one. */
  public?: true;
};

/** A section's entry in the portal's nav. */
export interface SectionLink<Key extends string = MessageKey> {
  to: string;
  /** One of the section's own messages. */
  label: Key;
  /** Where the link stands in the nav: lower first. */
  order: number;
  /** Shown only to a viewer the API gives this capability; without it, to everyone signed in. */
  needs?: Capability;
  /** Active on `to` alone, not on the pages below it. */
  end?: true;
  /** A hook giving how many things there wait for the viewer (the API's count), shown beside the label. */
  useCount?: () => number;
}

/**
 * A section's own messages, Bahasa Indonesia first: English has the same keys (`messages.test.ts`).
 * The portal's catalogue and the keys `useT` accepts are made from them (`messages/index.ts`).
 */
export type SectionMessages<Key extends string = string> = Record<Locale, Record<Key, string>>;

/**
 * Everything a feature adds to the portal (decision 0045): its pages, its nav link, its messages.
 * Its styles are imported by the file that defines it. A feature that only adds parts to other
 * features' pages (editing, the workflow…) has no routes.
 */
export interface Section<Key extends string = string> {
  routes?: readonly SectionRoute[];
  /** Its label is one of the section's messages (the keys come from `messages` alone). */
  nav?: SectionLink<NoInfer<Key>>;
  messages?: SectionMessages<Key>;
}

/** A section, with the keys of its messages in its type: the portal's keys are made from them. */
export function defineSection<Key extends string = never>(section: Section<Key>): Section<Key> {
  return section;
}

/** The keys of a section's messages. */
export type MessageKeyOf<S> = S extends Section<infer Key> ? Key : never;

/**
 * The nav's links, in their order. A label is a key of its own section's messages (`defineSection`
 * checks it), and every section's keys are the portal's (`messages/index.ts`).
 */
export function linksOf(sections: readonly Section[]): SectionLink[] {
  const links = sections.flatMap((section) => section.nav ?? []).sort((a, b) => a.order - b.order);
  return links as SectionLink[];
}

/** The sections' messages in one dictionary per language. */
export function messagesOf(sections: readonly Section[]): SectionMessages {
  const dictionaries = sections.flatMap((section) => section.messages ?? []);
  return {
    id: Object.assign({}, ...dictionaries.map((messages) => messages.id)),
    en: Object.assign({}, ...dictionaries.map((messages) => messages.en)),
  };
}
