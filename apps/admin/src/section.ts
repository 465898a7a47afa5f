import type { ViewerFragment } from '@zi/schema/admin';
import type { MessageKey } from '@zi/ui';
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
export interface SectionLink {
  to: string;
  label: MessageKey;
  /** Where the link stands in the nav: lower first. */
  order: number;
  /** Shown only to a viewer the API gives this capability; without it, to everyone signed in. */
  needs?: Capability;
  /** Active on `to` alone, not on the pages below it. */
  end?: true;
}

/** Everything a feature adds to the portal (decision 0045). */
export interface Section {
  routes: readonly SectionRoute[];
  nav?: SectionLink;
}

export function defineSection(section: Section): Section {
  return section;
}

/** The nav's links, in their order. */
export function linksOf(sections: readonly Section[]): SectionLink[] {
  return sections.flatMap((section) => section.nav ?? []).sort((a, b) => a.order - b.order);
}
