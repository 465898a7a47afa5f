import { CombinedGraphQLErrors } from '@apollo/client';
import type { LkeGroup, LkeQuestion } from '../worksheet/types';
import { areasOf, questionsUnder, type WorksheetNode } from '../worksheet/worksheet-tree';

/**
 * The unanswered questions the API names when it refuses a submission, or null for another error
 * (an approval refused for the TPI's unanswered questions says so in words instead).
 */
export function incompleteCodes(error: unknown): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const incomplete = item.extensions?.incomplete;
    if (item.extensions?.reason === 'INCOMPLETE' && Array.isArray(incomplete))
      return incomplete.filter((code): code is string => typeof code === 'string');
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
