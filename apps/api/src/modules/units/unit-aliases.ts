/**
 * A unit's aliases: the acronyms and short names it is known by ("DPMPTSP", "Bappeda"), entered in
 * the portal's unit form or in the unit list's `singkatan` column, several separated by commas.
 */
export const MAX_ALIASES = 10;
export const MAX_ALIAS_LENGTH = 40;
/** How a sheet cell separates aliases; an alias never contains it. */
export const ALIAS_SEPARATOR = ',';

/** Trimmed, without blanks, and each once (the first spelling of a repeat in any case wins). */
export function normaliseAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  return aliases
    .map((alias) => alias.trim().replace(/\s+/g, ' '))
    .filter((alias) => {
      const key = alias.toLowerCase();
      if (!alias || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The aliases written in one sheet cell: "DPMPTSP, DPM-PTSP". */
export const aliasesOfCell = (cell: string): string[] => normaliseAliases(cell.split(ALIAS_SEPARATOR));

/** The sheet cell of a unit's aliases. */
export const cellOfAliases = (aliases: readonly string[]): string => aliases.join(`${ALIAS_SEPARATOR} `);

/** What is wrong with a list of aliases, or null. */
export function aliasesProblem(aliases: readonly string[]): string | null {
  if (aliases.length > MAX_ALIASES) return `at most ${MAX_ALIASES} aliases`;
  if (aliases.some((alias) => alias.length > MAX_ALIAS_LENGTH))
    return `each alias at most ${MAX_ALIAS_LENGTH} characters`;
  if (aliases.some((alias) => alias.includes(ALIAS_SEPARATOR))) return 'an alias cannot contain a comma';
  // The search keeps a unit's aliases as one text between bars (unit-search.ts): a bar inside an
  // alias would make a part of it look like a whole alias there, and not in the TypeScript twin.
  if (aliases.some((alias) => alias.includes('|'))) return 'an alias cannot contain a vertical bar';
  return null;
}
