import { describe, expect, it } from 'vitest';
import { checkEligibility, targetSought } from './eligibility.js';
import { requireFramework } from './frameworks/index.js';
import { whatToFixFirst } from './priorities.js';
import { scoreAnswers } from './score.js';
import { uniformAnswers } from './testing/answers.js';

const framework = requireFramework('permenpanrb-90-2021');

/** A unit strong everywhere but for its services survey and one weak area (Pengawasan, reform). */
function strongUnit() {
  return {
    ...uniformAnswers(framework, 'best'),
    'B.II.a.1': 3.4, // IPKP 14.875: enough for WBK (14), not for WBBM (15.75)
    'A.II.5.i.1': 'e', // mekanisme pengendalian: 0 of 2.5
    'A.II.5.ii.1.n3': 5, // 5 of 10 complaints resolved: 1.5 of 3
  };
}

describe('eligibility with reasons', () => {
  it('passes WBK and fails WBBM, naming each failing rule and its gap', () => {
    const report = scoreAnswers(framework, strongUnit());
    expect(report.total).toBe(93.375);
    const [wbk, wbbm] = checkEligibility(framework, report, { heldPredicates: ['WBK'] });
    expect(wbk?.eligible).toBe(true);
    expect(wbbm?.eligible).toBe(false);
    const failing = wbbm?.rules
      .filter((rule) => !rule.passed)
      .map(({ id, value, threshold, gap }) => ({ id, value, threshold, gap }));
    expect(failing).toEqual([
      { id: 'area5', value: 73.3333333333, threshold: 75, gap: 1.6666666667 },
      { id: 'ipkp', value: 14.875, threshold: 15.75, gap: 0.875 },
    ]);
  });

  it('requires a WBK predicate for WBBM', () => {
    const report = scoreAnswers(framework, uniformAnswers(framework, 'best'));
    const [wbk, wbbm] = checkEligibility(framework, report, { heldPredicates: [] });
    expect(wbk?.eligible).toBe(true);
    expect(wbbm?.rules.find((rule) => rule.id === 'priorPredicate')).toMatchObject({ passed: false, gap: 1 });
    expect(wbbm?.eligible).toBe(false);
  });

  it('checks a threshold exactly at its value: IPAK 3.6 passes, 3.59 does not', () => {
    const at = checkEligibility(framework, scoreAnswers(framework, { 'B.I.a.1': 3.6 }), {
      heldPredicates: [],
    });
    expect(at[0]?.rules.find((rule) => rule.id === 'ipak')).toMatchObject({ value: 15.75, passed: true });
    const below = checkEligibility(framework, scoreAnswers(framework, { 'B.I.a.1': 3.59 }), {
      heldPredicates: [],
    });
    expect(below[0]?.rules.find((rule) => rule.id === 'ipak')).toMatchObject({ passed: false, gap: 0.04375 });
  });
});

describe('the target a unit is assessed for', () => {
  it('is WBK without a predicate, WBBM once the unit holds WBK', () => {
    expect(targetSought(framework, { heldPredicates: [] })).toBe('WBK');
    expect(targetSought(framework, { heldPredicates: ['WBK'] })).toBe('WBBM');
    expect(targetSought(framework, { heldPredicates: ['WBK', 'WBBM'] })).toBe('WBBM');
  });
});

describe('what to fix first', () => {
  it('puts questions that help a failing rule first, then the biggest gains', () => {
    const report = scoreAnswers(framework, strongUnit());
    const eligibility = checkEligibility(framework, report, { heldPredicates: ['WBK'] });
    const priorities = whatToFixFirst(framework, report, eligibility);
    expect(priorities.map(({ code, gain }) => ({ code, gain }))).toEqual([
      { code: 'B.II.a.1', gain: 2.625 },
      { code: 'A.II.5.i.1', gain: 2.5 },
      { code: 'A.II.5.ii.1', gain: 1.5 },
    ]);
    expect(priorities[0]?.helps).toEqual(['WBBM/ipkp']);
    expect(priorities[1]?.helps).toEqual(['WBBM/area5']);
  });

  it('lists nothing for a perfect worksheet, and every question for an empty one', () => {
    expect(whatToFixFirst(framework, scoreAnswers(framework, uniformAnswers(framework, 'best')))).toEqual([]);
    expect(whatToFixFirst(framework, scoreAnswers(framework, {}))).toHaveLength(113);
  });
});
