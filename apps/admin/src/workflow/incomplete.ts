import { CombinedGraphQLErrors } from '@apollo/client';
import { RefusalReason } from '@zi/schema/public-enums';
import { reasonOf } from '../refusals';
import type { LkeGroup, LkeQuestion } from '../worksheet/types';
import { areasOf, questionsUnder, type WorksheetNode } from '../worksheet/worksheet-tree';

/** The questions a move waits on, and whose answers they lack: the unit's, or the TPI's. */
export interface Incomplete {
  layer: 'UNIT' | 'TPI';
  codes: string[];
}

const LAYER_OF_REASON: Readonly<Partial<Record<RefusalReason, Incomplete['layer']>>> = {
  [RefusalReason.INCOMPLETE]: 'UNIT',
  [RefusalReason.TPI_INCOMPLETE]: 'TPI',
};

/**
 * The unanswered questions the API names when it refuses a submission (the unit's) or an approval
 * (the TPI's), or null for another error.
 */
export function incompleteOf(error: unknown): Incomplete | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const reason = reasonOf(item.extensions?.reason);
    const layer = reason && LAYER_OF_REASON[reason];
    const incomplete = item.extensions?.incomplete;
    if (layer && Array.isArray(incomplete)) {
      return { layer, codes: incomplete.filter((code): code is string => typeof code === 'string') };
    }
  }
  return null;
}

export interface IncompleteArea {
  area: LkeGroup;
  questions: LkeQuestion[];
}

/** The unanswered questions by area, in sheet order, so the unit can work through them. */
export function incompleteByArea(codes: readonly string[], tree: WorksheetNode): IncompleteArea[] {
  const missing = new Set(codes);
  return areasOf(tree).flatMap((area) => {
    const questions = questionsUnder(area).filter((question) => missing.has(question.code));
    return questions.length > 0 ? [{ area: area.group, questions }] : [];
  });
}
