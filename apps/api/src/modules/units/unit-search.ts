import { Brackets } from 'typeorm';
import type { KeysetSort } from '../../common/connection.js';
import { containsPattern, searchWords } from '../../common/search.js';
import type { Unit } from './unit.entity.js';

/**
 * How the unit search box matches (decision 0037): every word must appear in the unit's name or in
 * one of its aliases (acronyms and short names: "DPMPTSP", "Bappeda"), any case; long words may be
 * misspelt in the name; inside the portal the unit's code matches too. A unit one of whose aliases
 * is exactly the search ("dpmptsp") comes first when the list is ordered by name.
 */

/** Words long enough, and made of letters only, to be matched by similarity as well. */
const isFuzzy = (word: string) => word.length >= 5 && /^\p{L}+$/u.test(word);

/**
 * SQL of a unit's aliases as one lower-case text, each between bars ('|dpmptsp|dinas pmptsp|'):
 * `unit_alias_text` (migration 1765400000000) backs a trigram index.
 */
const ALIAS_TEXT = 'unit_alias_text(u.aliases)';

/**
 * SQL: one of the aliases of `unit u` matches the ILIKE pattern in the named parameter (a
 * `containsPattern` of a search word). Every list searched by unit finds a unit by its aliases so.
 */
export const aliasMatchesSql = (patternParameter: string) => `${ALIAS_TEXT} ILIKE :${patternParameter}`;

const normalised = (search: string) => search.trim().toLowerCase();

/** The LIKE pattern of an alias equal to the search, against `ALIAS_TEXT`. */
const exactAliasPattern = (search: string) =>
  `%|${normalised(search).replace(/[\\%_|]/g, (c) => `\\${c}`)}|%`;

/** The TypeScript twin of the exact-alias match, for cursors. */
export const hasExactAlias = (unit: Pick<Unit, 'aliases'>, search: string) =>
  unit.aliases.some((alias) => alias.toLowerCase() === normalised(search));

/** The search condition on `unit u`, or null when the search has no words. */
export function unitSearchCondition(search: string | null | undefined, matchCode: boolean): Brackets | null {
  const words = searchWords(search);
  if (words.length === 0) return null;
  return new Brackets((condition) => {
    condition.where(
      new Brackets((text) => {
        words.forEach((word, index) => {
          const parameters = { [`pattern${index}`]: containsPattern(word), [`word${index}`]: word };
          // Long words may be misspelt ("kesehtan"): trigram word similarity (pg_trgm `<%`,
          // threshold set on the connection) finds them; short ones ("sma", "10") would match too much.
          const inName = isFuzzy(word)
            ? `u.name ILIKE :pattern${index} OR :word${index} <% u.name`
            : `u.name ILIKE :pattern${index}`;
          text.andWhere(`(${inName} OR ${aliasMatchesSql(`pattern${index}`)})`, parameters);
        });
      }),
    );
    // Inside the portal, the Inspektorat's own unit code finds the unit too.
    if (matchCode) condition.orWhere('lower(u.code) = lower(:code)', { code: search?.trim() });
  });
}

/** A list order, and the parameters its SQL needs on the query. */
export interface RankedOrder {
  sort: KeysetSort<Unit>;
  parameters: Record<string, string>;
}

/**
 * The name order, with the units whose alias is exactly the search first in either direction (a
 * reader who types "DPMPTSP" wants that unit on top, whichever way the rest is sorted). The rank is
 * a one-character prefix of the one text key that the shared keyset paging sorts by. Every match is
 * ranked (decision 0038: the name index would walk past whole kinds of units, "Puskesmas …" sorting
 * late), so the alias text is built only for units that have aliases, most having none.
 */
export function nameOrderFor(
  search: string | null | undefined,
  ascending: boolean,
  byName: KeysetSort<Unit>,
): RankedOrder {
  if (!search?.trim()) return { sort: byName, parameters: {} };
  const [first, then] = ascending ? ['0', '1'] : ['1', '0'];
  const exactAlias = `u.aliases <> '{}' AND ${ALIAS_TEXT} LIKE :exactAlias`;
  return {
    sort: {
      expression: `(CASE WHEN ${exactAlias} THEN '${first}' ELSE '${then}' END || u.name)`,
      cursorValue: (unit) => (hasExactAlias(unit, search) ? first : then) + unit.name,
    },
    parameters: { exactAlias: exactAliasPattern(search) },
  };
}
