import { add, div, type Exact, fraction, mul, toNumber, ZERO } from '../exact.js';
import type { SurveyInstrument } from './instruments.js';
import { lkeValueOfMean, type SurveyScale } from './scale.js';

/** One used response's ratings for an instrument, item by item in the instrument's order. */
export type Ratings = readonly number[];

export interface ItemResult {
  code: string;
  /** Mean rating on the survey's scale; null without responses. */
  mean: number | null;
  /** The mean as the 0–4 value. */
  lkeValue: number | null;
}

export interface SurveyResult {
  instrument: string;
  index: SurveyInstrument['index'];
  responses: number;
  items: ItemResult[];
  /** The mean of the item means on the survey's scale (each item weighs the same). */
  mean: number | null;
  /** The index as the worksheet takes it: 0–4, two decimals, half up. */
  lkeValue: number | null;
  /** The index exactly, before rounding ("n/d"): a report shows where the rounding happened. */
  lkeExact: Exact | null;
  /** The 0–100 figure some units report: the 0–4 value × 25, two decimals. */
  score100: number | null;
}

/**
 * The index of one instrument over the responses used (excluded ones left out by the caller):
 * each item's mean rating, their mean with each item weighing the same (as PermenPANRB 14/2017's
 * index weighs its aspects), converted to the LKE's 0–4 value by the survey's scale and rounded to
 * two decimals half up, as the official sheet rounds its ratios to two places. Exact arithmetic
 * throughout: a mean of exactly 3.6 reached through thirds is 3.6, not 3.5999….
 */
export function surveyResult(
  instrument: SurveyInstrument,
  scale: SurveyScale,
  responses: readonly Ratings[],
): SurveyResult {
  const totals = instrument.items.map((_, index) =>
    responses.reduce((total, ratings) => total + wholeRating(ratings[index], scale), 0),
  );
  return surveyResultOfTotals(instrument, scale, responses.length, totals);
}

/**
 * The same from what a database adds up: the number of responses used and each item's total of
 * ratings, in the instrument's order (every used response rates every item).
 */
export function surveyResultOfTotals(
  instrument: SurveyInstrument,
  scale: SurveyScale,
  count: number,
  itemTotals: readonly number[],
): SurveyResult {
  const itemMeans = instrument.items.map((_, index) =>
    count === 0 ? null : div(whole(itemTotals[index]), whole(count)),
  );
  const items = instrument.items.map((item, index) => {
    const mean = itemMeans[index] ?? null;
    return {
      code: item.code,
      mean: mean && toNumber(mean),
      lkeValue: mean && toNumber(lkeValueOfMean(mean, scale)),
    };
  });
  const known = itemMeans.filter((mean): mean is Exact => mean !== null);
  const mean = known.length === 0 ? null : div(known.reduce(add, ZERO), whole(known.length));
  const lkeExact = mean && lkeValueOfMean(mean, scale);
  return {
    instrument: instrument.code,
    index: instrument.index,
    responses: count,
    items,
    mean: mean && toNumber(mean),
    lkeValue: lkeExact && roundHalfUp2(lkeExact),
    lkeExact,
    score100: lkeExact && roundHalfUp2(mul(lkeExact, whole(25))),
  };
}

/** A rating the scale has: a whole number from 1 to its points. */
function wholeRating(value: number | undefined, { points }: SurveyScale): number {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > points)
    throw new RangeError(`not a rating from 1 to ${points}: ${value}`);
  return value;
}

function whole(value: number | undefined): Exact {
  if (value === undefined || !Number.isInteger(value)) throw new RangeError(`not a whole rating: ${value}`);
  return fraction(BigInt(value), 1n);
}

/** Two decimals, half up, of a value that is not negative. */
export function roundHalfUp2(value: Exact): number {
  const cents = (value.n * 200n + value.d) / (2n * value.d);
  return Number(cents) / 100;
}
