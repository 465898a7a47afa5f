import { describe, expect, it } from 'vitest';
import {
  answerText,
  formatPercent,
  formatPlain,
  formatRuleValue,
  formatScore,
  formatThreshold,
  ruleKind,
} from './format';
import { question } from './test-fixtures';

describe('scores and numbers', () => {
  it('show a score with two decimals in the locale’s format', () => {
    expect(formatScore(87.1234, 'id')).toBe('87,12');
    expect(formatScore(87.1234, 'en')).toBe('87.12');
    expect(formatScore(75, 'id')).toBe('75,00');
  });

  it('round as the sheet does, free of floating-point noise', () => {
    // 0.1 + 0.2 + 1.005 is 1.3050000000000002 in binary: the sheet shows 1,31.
    expect(formatScore(0.1 + 0.2 + 1.005, 'id')).toBe('1,31');
    expect(formatScore(15.749999999999998, 'id')).toBe('15,75');
  });

  it('show weights, thresholds and ratios with only the decimals they have', () => {
    expect(formatPlain(17.5, 'id')).toBe('17,5');
    expect(formatPlain(0.6666666667, 'id')).toBe('0,67');
    expect(formatPlain(4, 'en')).toBe('4');
    expect(formatPercent(83.3333333333, 'id')).toBe('83,33%');
    expect(formatPercent(60, 'en')).toBe('60%');
  });
});

describe('eligibility rules', () => {
  it('read area rules as percentages, the prior predicate as yes or no, the rest as points', () => {
    expect(ruleKind({ measure: 'PERCENT_OF_WEIGHT' })).toBe('percent');
    expect(ruleKind({ measure: 'POINTS' })).toBe('points');
    expect(ruleKind({ measure: 'PREDICATE' })).toBe('predicate');
  });

  it('show values and gaps in the rule’s unit, thresholds as written', () => {
    expect(formatRuleValue('points', 73.3333333333, 'id')).toBe('73,33');
    expect(formatRuleValue('points', 1.6666666667, 'id')).toBe('1,67');
    expect(formatRuleValue('percent', 58.3333333333, 'id')).toBe('58,33%');
    expect(formatThreshold('points', 18.25, 'id')).toBe('18,25');
    expect(formatThreshold('points', 75, 'id')).toBe('75');
    expect(formatThreshold('percent', 60, 'en')).toBe('60%');
  });
});

describe('answerText', () => {
  it('shows the chosen option’s label', () => {
    expect(answerText(question('A.I.1.i.b'), { option: 'b', number: null }, 'id')).toBe('B');
    expect(answerText(question('A.I.1.i.a'), { option: 'ya', number: null }, 'id')).toBe('Ya');
  });

  it('shows a survey’s number in the locale’s format', () => {
    expect(answerText(question('B.I.a.1'), { option: null, number: 3.6 }, 'id')).toBe('3,6');
    expect(answerText(question('B.I.a.1'), { option: null, number: 0 }, 'en')).toBe('0');
  });

  it('is null without an answer', () => {
    expect(answerText(question('A.I.1.i.b'), null, 'id')).toBeNull();
    expect(answerText(question('A.I.1.i.b'), { option: null, number: null }, 'id')).toBeNull();
  });
});
