import { describe, expect, it } from 'vitest';
import { parsePeopleParams, peopleVariables, withPeopleParams } from './people-params';

describe('the people list in the URL', () => {
  it('reads the search, a known role and the page', () => {
    const params = parsePeopleParams(
      new URLSearchParams('bagian=pengguna&q=%20rina%20&peran=EVALUATOR&after=abc'),
    );
    expect(params).toEqual({ q: 'rina', role: 'EVALUATOR', after: 'abc' });
    expect(parsePeopleParams(new URLSearchParams('peran=KETUA')).role).toBeNull();
    expect(peopleVariables(params)).toEqual({ first: 20, after: 'abc', role: 'EVALUATOR', search: 'rina' });
    expect(peopleVariables({ q: '', role: null, after: null }).search).toBeNull();
  });

  it('writes the list’s parameters and keeps the section', () => {
    const current = new URLSearchParams('bagian=pengguna&after=abc');
    expect(withPeopleParams(current, { q: 'budi', role: null, after: null }).toString()).toBe(
      'bagian=pengguna&q=budi',
    );
  });
});
