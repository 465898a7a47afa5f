import { describe, expect, it } from 'vitest';
import { apiExamples, EXAMPLE_IDS, EXAMPLE_LANGUAGES, exampleLanguageOf } from './examples';

const ORIGIN = 'https://zi.example.go.id';

describe('API examples', () => {
  const examples = apiExamples(ORIGIN);

  it('call this site’s own endpoint in every example and language', () => {
    for (const id of EXAMPLE_IDS) {
      for (const language of EXAMPLE_LANGUAGES) {
        expect(examples[id][language], `${id} ${language}`).toContain(`${ORIGIN}/graphql`);
      }
    }
  });

  it('send GET with the query and variables as URL parameters', () => {
    expect(examples.get.curl).toContain('curl -s -G');
    expect(examples.get.curl).toContain("--data-urlencode 'variables=");
    expect(examples.get.javascript).toContain('new URLSearchParams');
    expect(examples.get.python).toContain('urllib.parse.urlencode');
  });

  it('page with the end cursor until there is no next page', () => {
    for (const language of EXAMPLE_LANGUAGES) {
      expect(examples.paging[language]).toContain('endCursor');
      expect(examples.paging[language]).toContain('hasNextPage');
      expect(examples.paging[language]).toContain('first: 100');
    }
  });

  it('keep the chosen language in the URL, curl by default', () => {
    expect(exampleLanguageOf(new URLSearchParams('example=python'))).toBe('python');
    expect(exampleLanguageOf(new URLSearchParams('example=ruby'))).toBe('curl');
    expect(exampleLanguageOf(new URLSearchParams(''))).toBe('curl');
  });
});
