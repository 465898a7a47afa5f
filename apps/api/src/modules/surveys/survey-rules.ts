import { ResponseFlag } from './survey-enums.js';

/**
 * The survey's rules, each written once: when a period takes responses, what the platform flags
 * for the unit to decide on, and how much one network address may send.
 */

/** Why a period's form takes no response today; null when it does. */
export type FormShut = 'closed' | 'not_started' | 'ended';

/** A period takes responses from its first day to its last (in its instansi's days) until it is closed. */
export function formShut(
  period: { startsOn: string; endsOn: string; closedAt: Date | null },
  today: string,
): FormShut | null {
  if (period.closedAt) return 'closed';
  if (today < period.startsOn) return 'not_started';
  if (today > period.endsOn) return 'ended';
  return null;
}

/**
 * Reading a statement and choosing a point takes a person at least this long: a form sent faster
 * is flagged, not refused (a regular who knows the form is fast, a script faster).
 */
export const LEAST_SECONDS_PER_STATEMENT = 1.5;

/**
 * Responses one address may send to one period in an hour: a busy counter's shared Wi-Fi stays
 * under it, a script does not.
 */
export const MOST_PER_ADDRESS_PER_HOUR = 60;

/** What is flagged on a response as it arrives. */
export function responseFlags(facts: {
  secondsTaken: number | null;
  statements: number;
  sameAnswers: boolean;
}): ResponseFlag[] {
  const flags: ResponseFlag[] = [];
  if (facts.secondsTaken === null) flags.push(ResponseFlag.NO_TIMING);
  else if (facts.secondsTaken < facts.statements * LEAST_SECONDS_PER_STATEMENT)
    flags.push(ResponseFlag.TOO_FAST);
  if (facts.sameAnswers) flags.push(ResponseFlag.SAME_ANSWERS);
  return flags;
}
