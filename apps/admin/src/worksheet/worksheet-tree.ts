import type { WorksheetFrameworkFragment } from '@zi/schema/admin';
import type { LkeGroup, LkeQuestion } from './types';

/** A group of the worksheet with what it holds, both in sheet order. */
export interface WorksheetNode {
  group: LkeGroup;
  groups: WorksheetNode[];
  questions: LkeQuestion[];
}

/**
 * The framework's flat groups and questions as a tree: total → component → half → area →
 * sub-area (sub-areas may nest) → question. Null for a framework without a root group.
 */
export function worksheetTree(
  framework: Pick<WorksheetFrameworkFragment, 'groups' | 'questions'>,
): WorksheetNode | null {
  const nodes = new Map<string, WorksheetNode>(
    framework.groups.map((group) => [group.code, { group, groups: [], questions: [] }]),
  );
  let root: WorksheetNode | null = null;
  for (const node of nodes.values()) {
    const { parentCode } = node.group;
    if (parentCode === null) root ??= node;
    else nodes.get(parentCode)?.groups.push(node);
  }
  for (const question of framework.questions) nodes.get(question.groupCode)?.questions.push(question);
  return root;
}

/** Every question of a group and of the groups below it, in sheet order. */
export function questionsUnder(node: WorksheetNode): LkeQuestion[] {
  return [...node.questions, ...node.groups.flatMap(questionsUnder)];
}

/**
 * The sections the worksheet opens one by one: the areas of each Pengungkit half, and the
 * indicators of each Hasil half, in sheet order.
 */
export function areasOf(tree: WorksheetNode): WorksheetNode[] {
  return tree.groups.flatMap((component) => component.groups.flatMap((half) => half.groups));
}
