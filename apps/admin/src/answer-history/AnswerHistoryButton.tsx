import { useT } from '@zi/ui';
import type { LkeQuestion } from '../worksheet/types';
import { useShowAnswerHistory } from './AnswerHistoryContext';

export function AnswerHistoryButton({ question }: { question: LkeQuestion }) {
  const t = useT();
  const show = useShowAnswerHistory();
  if (!show) return null;
  return (
    <button
      type="button"
      className="button button--link answer-history-open"
      data-testid="answer-history-open"
      onClick={() => show(question)}
    >
      {t('answerHistory.open')}
      <span className="visually-hidden"> {question.code}</span>
    </button>
  );
}
