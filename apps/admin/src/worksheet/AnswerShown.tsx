import { useLocale, useT } from '@zi/ui';
import { answerText, formatPlain } from './format';
import type { QuestionResult } from './layer-index';
import type { LkeQuestion } from './types';

interface AnswerShownProps {
  question: LkeQuestion;
  result: Pick<QuestionResult, 'answer' | 'counts'>;
  /** The test id of the answer's paragraph (a question with counts lists them instead). */
  testId: string;
  /** Whether a number says the scale it is on, as the layer's own answer does. */
  withScale?: boolean;
}

/** A layer's answer to a question: the counts of a percentage, or its option or number in words. */
export function AnswerShown({ question, result, testId, withScale = false }: AnswerShownProps) {
  const t = useT();
  const [locale] = useLocale();
  if (question.counts.length > 0) {
    return (
      <dl className="counts">
        {result.counts.map(({ count, answer }) => (
          <div key={count.code}>
            <dt>{count.text}</dt>
            <dd>{answer?.number == null ? '—' : formatPlain(answer.number, locale)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const text = answerText(question, result.answer, locale);
  return (
    <p className="question__answer" data-testid={testId}>
      {text ?? <span className="muted">{t('question.noAnswer')}</span>}
      {withScale && text && question.range && (
        <span className="cell-note">
          {t('question.scale', {
            min: formatPlain(question.range.min, locale),
            max: formatPlain(question.range.max, locale),
          })}
        </span>
      )}
    </p>
  );
}
