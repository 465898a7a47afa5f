import type { Role } from '@zi/schema/admin';
import { oneOf } from '@zi/ui';
import { ROLES } from '../registry/enum-values';

const PEOPLE_PAGE_SIZE = 20;
/** The API's limit on the search text. */
export const PEOPLE_SEARCH_MAX = 100;

/** What the people list shows, as kept in the URL beside the registry's section. */
export interface PeopleParams {
  q: string;
  role: Role | null;
  /** The cursor of the page; null on the first page. */
  after: string | null;
}

export function parsePeopleParams(search: URLSearchParams): PeopleParams {
  return {
    q: (search.get('q') ?? '').trim().slice(0, PEOPLE_SEARCH_MAX),
    role: oneOf(ROLES, search.get('peran')),
    after: search.get('after') || null,
  };
}

/** The list's parameters written into the current query string; other parameters (the section) stay. */
export function withPeopleParams(current: URLSearchParams, params: PeopleParams): URLSearchParams {
  const search = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value ? search.set(key, value) : search.delete(key));
  set('q', params.q);
  set('peran', params.role);
  set('after', params.after);
  return search;
}

export function peopleVariables(params: PeopleParams) {
  return {
    first: PEOPLE_PAGE_SIZE,
    after: params.after,
    role: params.role,
    search: params.q || null,
  };
}
