import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.js';
import type { FrameworkData, GroupNode } from './framework.js';
import { FRAMEWORKS } from './frameworks/index.js';
import { FrameworkError, loadFramework } from './load.js';
import { scoreAnswers } from './score.js';
import { syntheticFramework } from './testing/synthetic-framework.js';

const copy = (): FrameworkData => structuredClone(syntheticFramework);
const group = (data: FrameworkData, code: string): GroupNode => {
  const find = (node: GroupNode): GroupNode | undefined =>
    node.code === code
      ? node
      : node.children.flatMap((child) => (child.kind === 'group' ? [find(child)] : [])).find(Boolean);
  const found = find(data.tree);
  if (!found) throw new Error(code);
  return found;
};

function loadError(data: FrameworkData): FrameworkError {
  try {
    loadFramework(data);
  } catch (error) {
    if (error instanceof FrameworkError) return error;
    throw error;
  }
  throw new Error('the framework loaded');
}

describe('several frameworks side by side', () => {
  it('scores a second framework with its own weights, answer types and thresholds', () => {
    const framework = loadFramework(syntheticFramework);
    const report = scoreAnswers(framework, {
      'P.1.a': 'cukup', // 0.4
      'P.1.b': 'ya', // 1 → mean 0.7 × 20 = 14
      'P.2.a.findings': 4,
      'P.2.a.done': 3, // 0.75 × 10 = 7.5
      'R.a': 2, // 0.5 × 20 = 10
    });
    expect(report.groups.P?.score).toBe(21.5);
    expect(report.total).toBe(31.5);
    const [wbk] = checkEligibility(framework, report, { heldPredicates: [] });
    expect(wbk).toMatchObject({ target: 'WBK', eligible: true });
    expect(wbk?.rules.map((rule) => [rule.id, rule.value, rule.passed])).toEqual([
      ['total', 31.5, true],
      ['process', 71.6666666667, true],
    ]);
  });

  it('registers the official framework under its code', () => {
    expect([...FRAMEWORKS.keys()]).toEqual(['permenpanrb-90-2021']);
  });
});

describe('load-time validation names the node at fault', () => {
  it('refuses weights that do not add up to their parent', () => {
    const data = copy();
    group(data, 'P.2').weight = 12;
    const error = loadError(data);
    expect(error.nodeCode).toBe('P');
    expect(error.message).toContain('add up to 32, not to its weight 30');
  });

  it('refuses a code used twice', () => {
    const data = copy();
    const area = group(data, 'P.1');
    area.children.push({ kind: 'question', code: 'P.1.a', text: 'again', answerType: 'YA_TIDAK' });
    expect(loadError(data)).toMatchObject({
      nodeCode: 'P.1.a',
      message: expect.stringContaining('used twice'),
    });
  });

  it('refuses a question with counts but no formula', () => {
    const data = copy();
    data.formulas = {};
    expect(loadError(data)).toMatchObject({
      nodeCode: 'P.2.a',
      message: expect.stringContaining('needs a formula'),
    });
  });

  it("refuses a formula that uses another question's count", () => {
    const data = copy();
    data.formulas = {
      'P.2.a': { ...syntheticFramework.formulas['P.2.a'], numerator: { 'R.a': 1 } } as never,
    };
    expect(loadError(data).message).toContain('"R.a", which is not one of its count inputs');
  });

  it('refuses an unknown answer type, a rule on a missing group, and a group mixing groups and questions', () => {
    const unknownType = copy();
    const first = group(unknownType, 'P.1').children[0];
    if (first?.kind === 'question') first.answerType = 'STARS';
    expect(loadError(unknownType)).toMatchObject({ nodeCode: 'P.1.a' });

    const missingGroup = copy();
    missingGroup.targets[0]?.rules.push({ id: 'x', label: 'x', kind: 'minScore', nodes: ['Q'], min: 1 });
    expect(loadError(missingGroup)).toMatchObject({ nodeCode: 'Q' });

    const mixed = copy();
    group(mixed, 'P').children.push({ kind: 'question', code: 'P.z', text: 'stray', answerType: 'YA_TIDAK' });
    expect(loadError(mixed)).toMatchObject({ nodeCode: 'P', message: expect.stringContaining('not both') });
  });
});
