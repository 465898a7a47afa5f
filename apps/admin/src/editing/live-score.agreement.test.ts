import { requireFramework } from '@zi/lke';
import { answerSets, centsOf } from '@zi/lke/testing/agreement';
import { groupsByCode, points, type Values } from '@zi/lke/testing/independent-score';
import type { Locale } from '@zi/ui';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../worksheet/format';
import type { AnswerValue } from '../worksheet/types';
import { liveVerdict, scoringInput } from './live-score';

const framework = requireFramework('permenpanrb-90-2021');
const LOCALES: Locale[] = ['id', 'en'];

/** The answers as the LKE screen holds them: an option or a number per code. */
const onScreen = (values: Values) =>
  new Map<string, AnswerValue>(
    Object.entries(values).map(([code, value]) => [
      code,
      typeof value === 'string'
        ? { option: value, number: null, note: null }
        : { option: null, number: value, note: null },
    ]),
  );

/** The independent score of each group, to the cent, formatted as the screen formats a score. */
function expectedTexts(values: Values, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    [...groupsByCode].map(([code, group]) => [
      code,
      formatScore(Number(centsOf(points(group, values))) / 100, locale),
    ]),
  );
}

/** A half cent exactly: a B (0.67) in a sub-area of one question weighing 1.5 is 1.005, 1,01 on the sheet. */
const HALF_CENT: Values = { 'A.II.4.ii.1': 'b' };

describe('the LKE screen agrees with the independent score to the cent (fast-check)', () => {
  it('shows the total and every group as computed apart from the engine, in both languages', () => {
    fc.assert(
      fc.property(answerSets, (values) => {
        const score = liveVerdict(framework, scoringInput(onScreen(values)), []).score;
        for (const locale of LOCALES) {
          const shown = Object.fromEntries(
            (score?.groups ?? []).map((group) => [group.code, formatScore(group.score, locale)]),
          );
          const expected = expectedTexts(values, locale);
          expect(shown).toEqual(expected);
          expect(formatScore(score?.total ?? Number.NaN, locale)).toBe(expected[framework.tree.code]);
        }
      }),
      { seed: 20261107, numRuns: 25, examples: [[HALF_CENT]] },
    );
  });
});
