import type { ReactNode } from 'react';
import { AnswerHistoryContext } from './AnswerHistoryContext';
import { AnswerHistoryDialog } from './AnswerHistoryDialog';
import { useAnswerHistory } from './useAnswerHistory';

/** Lets every question of a worksheet open its history, in one dialog for them all. */
export function AnswerHistoryProvider({
  assessmentId,
  children,
}: {
  assessmentId: string;
  children: ReactNode;
}) {
  const history = useAnswerHistory(assessmentId);
  return (
    <AnswerHistoryContext value={history.show}>
      {children}
      <AnswerHistoryDialog history={history} />
    </AnswerHistoryContext>
  );
}
