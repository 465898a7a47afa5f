/** The words of a search box, at most eight, for an AND of per-word conditions. */
export const searchWords = (search?: string | null): string[] =>
  (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);

/** `%word%` for ILIKE, with the word's own `%`, `_` and `\` matched literally. */
export const containsPattern = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
