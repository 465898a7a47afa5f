import { describe, expect, it } from 'vitest';
import { framework } from './test-fixtures';
import { type WorksheetNode, worksheetTree } from './worksheet-tree';

const codes = (nodes: readonly WorksheetNode[]) => nodes.map((node) => node.group.code);

function find(node: WorksheetNode, code: string): WorksheetNode | undefined {
  if (node.group.code === code) return node;
  for (const child of node.groups) {
    const found = find(child, code);
    if (found) return found;
  }
  return undefined;
}

describe('worksheetTree', () => {
  it('nests the flat groups under their parents, in sheet order', () => {
    const tree = worksheetTree(framework);
    expect(tree?.group.code).toBe('ZI');
    expect(codes(tree?.groups ?? [])).toEqual(['A', 'B']);
    expect(codes(tree?.groups[0]?.groups ?? [])).toEqual(['A.I', 'A.II']);
    expect(codes(tree?.groups[1]?.groups ?? [])).toEqual(['B.I']);
  });

  it('keeps nested sub-areas: A.II.5.iii holds a and b, and no question of its own', () => {
    const tree = worksheetTree(framework);
    const lhkpn = tree && find(tree, 'A.II.5.iii');
    expect(codes(lhkpn?.groups ?? [])).toEqual(['A.II.5.iii.a', 'A.II.5.iii.b']);
    expect(lhkpn?.questions).toEqual([]);
    expect(lhkpn?.groups[0]?.questions.map((question) => question.code)).toEqual(['A.II.5.iii.a.1']);
  });

  it('puts each question in its group, Hasil indicators included', () => {
    const tree = worksheetTree(framework);
    expect(tree && find(tree, 'A.I.1.i')?.questions.map((question) => question.code)).toEqual([
      'A.I.1.i.a',
      'A.I.1.i.b',
    ]);
    expect(tree && find(tree, 'B.I.a')?.questions.map((question) => question.code)).toEqual(['B.I.a.1']);
  });

  it('is null without a root group', () => {
    expect(worksheetTree({ groups: [], questions: [] })).toBeNull();
  });
});
