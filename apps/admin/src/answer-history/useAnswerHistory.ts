import { useLazyQuery } from '@apollo/client/react';
import { AnswerHistoryDocument } from '@zi/schema/admin';
import { useCallback, useState } from 'react';
import type { LkeQuestion } from '../worksheet/types';
import type { AnswerChange } from './answer-history';

export interface AnswerHistoryState {
  /** The question whose history is shown; null while none is. */
  question: LkeQuestion | null;
  /** Its changes, newest first; null while they load. */
  changes: readonly AnswerChange[] | null;
  error: Error | null;
  show: (question: LkeQuestion) => void;
  close: () => void;
  retry: () => void;
}

/**
 * One question's history at a time, asked for when it is opened and never with the worksheet:
 * few questions are ever looked into, and each opening shows the changes made since.
 */
export function useAnswerHistory(assessmentId: string): AnswerHistoryState {
  const [question, setQuestion] = useState<LkeQuestion | null>(null);
  const [load, { data, loading, error, variables, refetch }] = useLazyQuery(AnswerHistoryDocument, {
    fetchPolicy: 'network-only',
  });
  const show = useCallback(
    (next: LkeQuestion) => {
      setQuestion(next);
      // A failure is shown from the query's `error`.
      load({ variables: { id: assessmentId, code: next.code } }).catch(() => undefined);
    },
    [assessmentId, load],
  );
  const close = useCallback(() => setQuestion(null), []);
  const current = !loading && question !== null && variables?.code === question.code;
  return {
    question,
    changes: current ? (data?.assessment?.answerHistory ?? null) : null,
    error: current ? (error ?? null) : null,
    show,
    close,
    retry: () => void refetch().catch(() => undefined),
  };
}
