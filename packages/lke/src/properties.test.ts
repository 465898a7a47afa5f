import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.js';
import type { GroupNode, QuestionEntry } from './framework.js';
import { requireFramework } from './frameworks/index.js';
import { clean } from './numbers.js';
import { type Answers, scoreAnswers } from './score.js';
import { background, cmp, dec, points, ruleValue, type ScoreRule } from './testing/independent-score.js';

const framework = requireFramework('permenpanrb-90-2021');
const entries = [...framework.questions.values()];

/** Any valid value for a question (or nothing), and any counts (or none) for a formula question. */
function answerArbitrary(entry: QuestionEntry): fc.Arbitrary<Answers> {
  const { node, answerType, formula } = entry;
  if (formula) {
    const count = fc.option(fc.nat({ max: 40 }), { nil: undefined });
    return fc.record(Object.fromEntries((node.counts ?? []).map((input) => [input.code, count])));
  }
  const value: fc.Arbitrary<string | number> = answerType.options
    ? fc.constantFrom(...answerType.options.map((option) => option.value))
    : fc.double({ min: answerType.range?.min ?? 0, max: answerType.range?.max ?? 0, noNaN: true });
  return fc.record({ [node.code]: fc.option(value, { nil: undefined }) });
}

const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(...entries.map(answerArbitrary))
  .map((parts) => Object.assign({}, ...parts));

const groups = [...framework.groups.values()];

describe('scoring properties (fast-check)', () => {
  it('keeps every part within [0, its weight]', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const report = scoreAnswers(framework, answers);
        for (const group of groups) {
          const score = report.groups[group.code]?.score ?? Number.NaN;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(group.weight);
        }
      }),
    );
  });

  it('makes every group, up to the total, the sum of its parts', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const report = scoreAnswers(framework, answers);
        const nested = groups.filter((group) => group.children.every((child) => child.kind === 'group'));
        for (const group of nested) {
          const parts = (group.children as GroupNode[]).reduce(
            (sum, child) => sum + (report.groups[child.code]?.score ?? 0),
            0,
          );
          expect(report.groups[group.code]?.score).toBeCloseTo(clean(parts), 9);
        }
        expect(report.total).toBe(report.groups.ZI?.score);
      }),
    );
  });

  it('never lowers any score when one choice or survey answer improves', () => {
    const improvable = entries.filter((entry) => !entry.formula);
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...improvable),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (answers, entry, step) => {
          const code = entry.node.code;
          const before = scoreAnswers(framework, answers);
          const options = entry.answerType.options;
          let better: string | number;
          if (options) {
            const current = options.findIndex((option) => option.value === answers[code]);
            const index = current === -1 ? options.length - 1 : current;
            better = options[Math.floor(index * (1 - step))]?.value ?? options[0]?.value ?? '';
          } else {
            const max = entry.answerType.range?.max ?? 0;
            const current = typeof answers[code] === 'number' ? answers[code] : 0;
            better = current + (max - current) * step;
          }
          const after = scoreAnswers(framework, { ...answers, [code]: better });
          for (const group of groups) {
            expect(after.groups[group.code]?.score ?? 0).toBeGreaterThanOrEqual(
              before.groups[group.code]?.score ?? 0,
            );
          }
        },
      ),
    );
  });

  it('never lowers any score when a formula numerator improves against the same denominator', () => {
    const formulaEntries = entries.filter((entry) => entry.formula);
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...formulaEntries),
        fc.integer({ min: 1, max: 20 }),
        fc.nat({ max: 20 }),
        (answers, entry, denominatorValue, step) => {
          const { numerator, denominator } = entry.formula as NonNullable<QuestionEntry['formula']>;
          const fixed: Record<string, number> = {};
          for (const input of entry.node.counts ?? []) {
            const value = answers[input.code];
            fixed[input.code] = typeof value === 'number' ? value : 0;
          }
          for (const code of Object.keys(denominator)) fixed[code] = denominatorValue;
          const improved = { ...fixed };
          for (const [code, factor] of Object.entries(numerator)) {
            if (code in denominator) continue;
            const current = fixed[code] ?? 0;
            improved[code] = factor > 0 ? current + step : Math.max(0, current - step);
          }
          const before = scoreAnswers(framework, { ...answers, ...fixed });
          const after = scoreAnswers(framework, { ...answers, ...improved });
          for (const group of groups) {
            expect(after.groups[group.code]?.score ?? 0).toBeGreaterThanOrEqual(
              before.groups[group.code]?.score ?? 0,
            );
          }
        },
      ),
    );
  });
});

describe('exact verdicts (fast-check, decision 0033)', () => {
  const scoreRules = framework.targets.flatMap((target) =>
    target.rules
      .filter((rule): rule is ScoreRule => rule.kind !== 'priorPredicate')
      .map((rule) => ({ target, rule })),
  );

  it('passes a rule exactly when the exact score, computed apart from the engine, meets its threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const values = background(seed);
        const results = checkEligibility(framework, scoreAnswers(framework, values), {
          heldPredicates: ['WBK'],
        });
        for (const { target, rule } of scoreRules) {
          const exact = cmp(ruleValue(rule, values), dec(rule.min));
          const verdict = results
            .find((result) => result.target === target.id)
            ?.rules.find((r) => r.id === rule.id);
          expect([target.id, rule.id, verdict?.passed]).toEqual([target.id, rule.id, exact >= 0]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stores each group exactly as computed apart from the engine, never above its weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const values = background(seed);
        const report = scoreAnswers(framework, values);
        for (const group of groups) {
          const expected = points(group, values);
          expect(report.groups[group.code]?.exact).toBe(`${expected[0]}/${expected[1]}`);
          expect(cmp(expected, dec(group.weight))).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 30 },
    );
  });
});
