/**
 * Random answer sets over PermenPANRB 90/2021 that the API accepts, and the cent each score must show,
 * for the property tests that hold the LKE screen and the stored score to the independent score
 * (issue 11): counts over 3, 7, 9, 11, 13 and 21, zero denominators, survey values on thirds and
 * sevenths of the scale.
 */
import fc from 'fast-check';
import type { Formula, QuestionNode } from '../framework.js';
import { framework, type Q, questionsByCode, REPEATING, types, type Values } from './independent-score.js';

const questions = [...questionsByCode.values()].map(({ node }) => node);

/** Every code a layer stores a value at: the questions answered directly and the count inputs. */
export const LAYER_CODES: readonly string[] = questions.flatMap((node) =>
  framework.formulas[node.code] ? (node.counts ?? []).map((count) => count.code) : [node.code],
);

/** A question left unanswered about one time in six. */
const sometimesUnanswered = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 6 });

/** A denominator that repeats (thirds, sevenths, …), zero, or any small count. */
const countTotal = fc.oneof(fc.constantFrom(0, ...REPEATING), fc.nat({ max: 40 }));

/**
 * Counts within the formula's limits: every denominator and limit total at `total`; each part
 * clipped to what the parts before it left, a breakdown's last part making up the rest.
 */
function withinLimits(formula: Formula, codes: readonly string[], raw: readonly number[], total: number) {
  const values: Record<string, number> = Object.fromEntries(
    codes.map((code, index) => [code, raw[index] ?? 0]),
  );
  for (const code of Object.keys(formula.denominator)) values[code] = total;
  for (const limit of formula.limits ?? []) {
    values[limit.total] = total;
    let left = total;
    limit.parts.forEach((part, index) => {
      const last = limit.kind === 'breakdown' && index === limit.parts.length - 1;
      values[part] = last ? left : Math.min(values[part] ?? 0, left);
      left -= values[part];
    });
  }
  return values;
}

/** A formula question's counts, some left out (a count left out leaves the question unanswered). */
function countsArbitrary(node: QuestionNode, formula: Formula): fc.Arbitrary<Values> {
  const codes = (node.counts ?? []).map((count) => count.code);
  return countTotal.chain((total) =>
    fc
      .tuple(
        fc.tuple(...codes.map(() => fc.nat({ max: total + 3 }))),
        fc.tuple(...codes.map(() => fc.constantFrom(true, true, true, true, false))),
      )
      .map(([raw, given]) => {
        const values = withinLimits(formula, codes, raw, total);
        return Object.fromEntries(
          codes.filter((_, index) => given[index]).map((code) => [code, values[code] ?? 0]),
        );
      }),
  );
}

/**
 * A survey value on a third, seventh, ninth or hundredth of the range, written to the one to four
 * decimals a person types (4 × 2/7 as 1.1429).
 */
const rangeValue = ({ min, max }: { min: number; max: number }) =>
  fc
    .record({ parts: fc.constantFrom(3, 7, 9, 100), decimals: fc.integer({ min: 1, max: 4 }) })
    .chain(({ parts, decimals }) =>
      fc.nat({ max: parts }).map((step) => Number((min + ((max - min) * step) / parts).toFixed(decimals))),
    );

function answerArbitrary(node: QuestionNode): fc.Arbitrary<Values> {
  const formula = framework.formulas[node.code];
  if (formula) return countsArbitrary(node, formula);
  const type = types.get(node.answerType);
  const value: fc.Arbitrary<string | number> = type?.options
    ? fc.constantFrom(...type.options.map((option) => option.value))
    : rangeValue(type?.range ?? { min: 0, max: 0 });
  return sometimesUnanswered(value).map((answer) => (answer === undefined ? {} : { [node.code]: answer }));
}

/** A whole layer's answers, every value valid, as code → option or number; a code left out is unanswered. */
export const answerSets: fc.Arbitrary<Values> = fc
  .tuple(...questions.map(answerArbitrary))
  .map((parts) => Object.assign({}, ...parts));

/** A non-negative exact score to whole cents, halves up, as the sheet shows two decimals. */
export function centsOf([numerator, denominator]: Q): bigint {
  if (numerator < 0n) throw new RangeError('a score is never negative');
  return (numerator * 200n + denominator) / (denominator * 2n);
}
