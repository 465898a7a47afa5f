import { createContext, use } from 'react';
import type { LkeQuestion } from '../worksheet/types';

/** Opens a question's history; null where the worksheet offers none. */
export const AnswerHistoryContext = createContext<((question: LkeQuestion) => void) | null>(null);

export function useShowAnswerHistory(): ((question: LkeQuestion) => void) | null {
  return use(AnswerHistoryContext);
}
