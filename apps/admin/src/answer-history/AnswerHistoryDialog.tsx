import { Loading, useT } from '@zi/ui';
import { ApiError } from '../ApiError';
import { Dialog } from '../components/Dialog';
import { QuestionText } from '../worksheet/QuestionText';
import { AnswerChangeList } from './AnswerChangeList';
import type { AnswerHistoryState } from './useAnswerHistory';

/** Every change to one question's answers, notes and evidence, newest first: when, who, which layer, what. */
export function AnswerHistoryDialog({ history }: { history: AnswerHistoryState }) {
  const t = useT();
  const { question, changes, error } = history;
  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={history.retry} />;
  else if (question && changes) content = <AnswerChangeList changes={changes} question={question} />;
  return (
    <Dialog
      title={question ? t('answerHistory.title', { code: question.code }) : ''}
      open={question !== null}
      onClose={history.close}
      testId="answer-history"
    >
      {question && (
        <div className="answer-history">
          <QuestionText question={question} />
          <p className="muted">{t('answerHistory.intro')}</p>
          {content}
        </div>
      )}
    </Dialog>
  );
}
