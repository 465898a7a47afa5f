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

const KIND_BY_MEASURE: Record<RuleResult['measure'], RuleKind> = {
  POINTS: 'points',
  PERCENT_OF_WEIGHT: 'percent',
  PREDICATE: 'predicate',
};

/** How a rule's value and threshold read: points, a share of the areas' weight, or a predicate held. */
export function ruleKind(rule: Pick<RuleResult, 'measure'>): RuleKind {
  return KIND_BY_MEASURE[rule.measure];
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
