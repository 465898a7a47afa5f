import { describe, expect, it } from 'vitest';
import { appMessageProblems, dictionaryProblems } from './dictionary-problems';

describe('dictionary problems', () => {
  it('name a missing or extra key, other placeholders, and an empty or untrimmed message', () => {
    expect(
      dictionaryProblems({
        id: { 'a.one': 'Satu {n}', 'a.two': 'Dua', 'a.three': 'Tiga' },
        en: { 'a.one': 'One', 'a.three': ' Three', 'a.four': 'Four' },
      }),
    ).toEqual([
      'en lacks a.two',
      'en a.one has other placeholders than Indonesian',
      'en a.three is empty or untrimmed',
      'en has a.four, which Indonesian lacks',
    ]);
  });

  it('name an app’s key that is a shared message already', () => {
    const own = { id: { 'filters.search': 'Cari' }, en: { 'filters.search': 'Search' } };
    expect(appMessageProblems(own)).toEqual(['filters.search is a shared message already']);
  });
});
