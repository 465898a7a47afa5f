import type { DeadlinesFragment, LayerDeadlineFragment } from '@zi/schema/admin';

/** The two days of a year's window, as the form and the worksheet use them. */
export type WindowDates = Pick<DeadlinesFragment, 'fillUntil' | 'reviewUntil'>;

/** One layer's deadline for one assessment, as the API judges it today. */
export type LayerDeadline = LayerDeadlineFragment;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's `YYYY-MM-DD` date in western Indonesian time (Asia/Jakarta), whatever the browser's zone:
 * the API closes a layer the day after its deadline there.
 */
export function jakartaToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type WindowField = keyof WindowDates;
export type WindowProblem = 'required' | 'reviewBeforeFill';

/** What keeps the deadlines form from being sent, by field; empty when it may be. */
export function windowProblems(dates: WindowDates): Partial<Record<WindowField, WindowProblem>> {
  const problems: Partial<Record<WindowField, WindowProblem>> = {};
  if (!LOCAL_DATE.test(dates.fillUntil)) problems.fillUntil = 'required';
  if (!LOCAL_DATE.test(dates.reviewUntil)) problems.reviewUntil = 'required';
  else if (!problems.fillUntil && dates.reviewUntil < dates.fillUntil) {
    problems.reviewUntil = 'reviewBeforeFill';
  }
  return problems;
}

export type ReopenField = 'until' | 'reason';
export type ReopenProblem = 'required' | 'tooEarly';

/**
 * What keeps a reopening from being sent: a day from `earliest` on (the API's `reopenFrom`, later
 * than the layer is open until now), and a reason.
 */
export function reopenProblems(
  input: { until: string; reason: string },
  earliest: string,
): Partial<Record<ReopenField, ReopenProblem>> {
  const problems: Partial<Record<ReopenField, ReopenProblem>> = {};
  if (!LOCAL_DATE.test(input.until)) problems.until = 'required';
  else if (input.until < earliest) problems.until = 'tooEarly';
  if (!input.reason.trim()) problems.reason = 'required';
  return problems;
}
