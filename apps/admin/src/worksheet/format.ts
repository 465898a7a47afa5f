import { round2 } from '@zi/lke';
import { formatNumber, type Locale } from '@zi/ui';
import type { LkeQuestion, RuleResult, WorksheetAnswer } from './types';

/** A score with the sheet's two decimals: "87,12" in Indonesian. */
export function formatScore(value: number, locale: Locale): string {
  return formatNumber(round2(value), locale, { min: 2, max: 2 });
}

/** A weight, threshold or ratio with only the decimals it has (at most two): "17,5", "0,67", "75". */
export function formatPlain(value: number, locale: Locale): string {
  return formatNumber(round2(value), locale);
}

export function formatPercent(value: number, locale: Locale): string {
  return `${formatPlain(value, locale)}%`;
}

export type RuleKind = 'points' | 'percent' | 'predicate';

/**
 * The API does not say what a rule measures; the frameworks name their area rules `area1`…`area6`
 * (a share of the area's weight) and the prior-predicate rule `priorPredicate` (held: 1, else 0).
 */
export function ruleKind(rule: Pick<RuleResult, 'id'>): RuleKind {
  if (rule.id === 'priorPredicate') return 'predicate';
  return /^area\d+$/.test(rule.id) ? 'percent' : 'points';
}

/** A rule's value or gap: points with the sheet's two decimals, an area rule's share as a percentage. */
export function formatRuleValue(kind: RuleKind, value: number, locale: Locale): string {
  return kind === 'percent' ? formatPercent(value, locale) : formatScore(value, locale);
}

/** A threshold as the regulation writes it: "75", "18,25", "60%". */
export function formatThreshold(kind: RuleKind, value: number, locale: Locale): string {
  return kind === 'percent' ? formatPercent(value, locale) : formatPlain(value, locale);
}

/** The chosen option's label ("B", "Ya") or the number (a survey), as the layer answered it. */
export function answerText(
  question: Pick<LkeQuestion, 'options'>,
  answer: Pick<WorksheetAnswer, 'option' | 'number'> | null,
  locale: Locale,
): string | null {
  if (answer?.option != null) {
    return question.options.find((option) => option.value === answer.option)?.label ?? answer.option;
  }
  if (answer?.number != null) return formatPlain(answer.number, locale);
  return null;
}
