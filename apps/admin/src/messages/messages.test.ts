import { appMessageProblems } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES } from '../registry/enum-values';
import type { Section, SectionMessages } from '../section';
import * as portal from '../sections';
import { messages, portalMessages } from '.';

/** Each part of the catalogue, named: the portal's own messages, then each section's that has any. */
const parts: [string, SectionMessages][] = [
  ['the portal', portalMessages],
  ...Object.entries(portal as Record<string, Section>).flatMap(
    ([name, section]): [string, SectionMessages][] =>
      section.messages ? [[`the section ${name}`, section.messages]] : [],
  ),
];

/** The keys English lacks, or has beside the Indonesian. */
function englishProblems({ id, en }: SectionMessages): string[] {
  return [
    ...Object.keys(id)
      .filter((key) => !(key in en))
      .map((key) => `English lacks ${key}`),
    ...Object.keys(en)
      .filter((key) => !(key in id))
      .map((key) => `English has ${key}, which Indonesian lacks`),
  ];
}

describe('the portal’s own messages', () => {
  it('have the keys and placeholders of the Indonesian ones, none empty, untrimmed or shared already', () => {
    expect(appMessageProblems(messages)).toEqual([]);
  });

  it('come from the portal and from the sections', () => {
    // The checks below run over these parts: an empty list would pass on nothing.
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map(([name]) => name)).toContain('the section monitoring');
  });

  it.each(parts)('of %s are all in English, none missing and none extra', (_name, part) => {
    expect(englishProblems(part)).toEqual([]);
  });

  it('find a key English lacks and one it has beside the Indonesian', () => {
    expect(
      englishProblems({ id: { 'a.kept': 'A', 'a.lost': 'B' }, en: { 'a.kept': 'A', 'a.extra': 'C' } }),
    ).toEqual(['English lacks a.lost', 'English has a.extra, which Indonesian lacks']);
  });

  it('each have one home, so that no part overwrites another’s', () => {
    const homes = new Map<string, string[]>();
    for (const [name, part] of parts) {
      for (const key of new Set([...Object.keys(part.id), ...Object.keys(part.en)])) {
        homes.set(key, [...(homes.get(key) ?? []), name]);
      }
    }
    expect([...homes].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('explain every status of a worksheet', () => {
    for (const [locale, dictionary] of Object.entries(messages)) {
      for (const status of ASSESSMENT_STATUSES) {
        expect(dictionary[`statusHelp.${status}`], `${locale} ${status}`).toBeTruthy();
      }
    }
  });
});
