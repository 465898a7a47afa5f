/**
 * English words a text in Bahasa Indonesia must not hold: the platform's own words leaking
 * (status codes, labels), and what a template prints when a value is missing. None of them is an
 * Indonesian word; words both languages share (unit, area, target, total, status) are left out,
 * and so is "assessment", which the regulation itself writes ("Assessment Pegawai"). Shared by the
 * scans of documents, mails (apps/api) and pages (e2e).
 */
export const ENGLISH = [
  'draft',
  'submitted',
  'evaluated',
  'approved',
  'proposed',
  'score',
  'yes',
  'due',
  'overdue',
  'finding',
  'findings',
  'recommendation',
  'verified',
  'round',
  'quarter',
  'report',
  'answer',
  'question',
  'layer',
  'self',
  'stage',
  'building',
  'declared',
  'revoked',
  'none',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Invalid Date',
] as const;

/**
 * A finder of English words (these and `more`, each also with an "s") in a text: what it finds,
 * each with a little of what surrounds it.
 */
export function englishLeaksFinder(more: readonly string[] = []): (text: string) => string[] {
  // An identifier (stage_events, self_assessed) is code, not a word: underscores join it.
  const word = new RegExp(`(?<![\\p{L}\\d_])(${[...ENGLISH, ...more].join('|')})s?(?![\\p{L}\\d_])`, 'giu');
  return (text) =>
    [...text.matchAll(word)].map((match) =>
      text.slice(Math.max(0, (match.index ?? 0) - 30), (match.index ?? 0) + match[0].length + 30),
    );
}
