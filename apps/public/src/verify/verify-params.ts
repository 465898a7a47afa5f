import { CODE_PARAM } from '../pacts/verification-url';

/** Longer than any code the registry issues, short enough to keep URLs and queries small. */
export const CODE_MAX_LENGTH = 40;

/**
 * The code as typed, tidied for the URL: trimmed, upper case, inner spaces collapsed. Dashes and
 * spaces are left as typed: the API matches codes without them.
 */
export function tidyCode(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase().slice(0, CODE_MAX_LENGTH);
}

/** The code to verify, from the query string; empty when none is given. */
export function codeFromSearch(search: URLSearchParams): string {
  return tidyCode(search.get(CODE_PARAM) ?? '');
}

export function verifySearch(code: string): URLSearchParams {
  const tidy = tidyCode(code);
  return new URLSearchParams(tidy ? { [CODE_PARAM]: tidy } : {});
}
