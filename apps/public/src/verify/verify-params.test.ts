import { describe, expect, it } from 'vitest';
import { CODE_MAX_LENGTH, codeFromSearch, tidyCode, verifySearch } from './verify-params';

describe('verify page URL', () => {
  it('reads the code from ?kode=, tidied', () => {
    expect(codeFromSearch(new URLSearchParams('kode=%20pi-7y9d-cb2z%20'))).toBe('PI-7Y9D-CB2Z');
    expect(codeFromSearch(new URLSearchParams(''))).toBe('');
  });

  it('keeps dashes and single spaces as typed: the API matches without them', () => {
    expect(tidyCode('pi  7y9d   cb2z')).toBe('PI 7Y9D CB2Z');
    expect(tidyCode('PI7Y9DCB2Z')).toBe('PI7Y9DCB2Z');
  });

  it('caps the code’s length and leaves an empty code out of the URL', () => {
    expect(tidyCode('x'.repeat(100))).toHaveLength(CODE_MAX_LENGTH);
    expect(verifySearch('   ').toString()).toBe('');
    expect(verifySearch('pi-7y9d-cb2z').toString()).toBe('kode=PI-7Y9D-CB2Z');
  });
});
