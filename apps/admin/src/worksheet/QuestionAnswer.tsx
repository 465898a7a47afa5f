import { useLocale, useT } from '@zi/ui';
import { answerText, formatPlain } from './format';
import type { QuestionResult } from './layer-index';
import { QuestionScoreText } from './QuestionScoreText';
import type { LkeQuestion } from './types';

interface QuestionAnswerProps {
  question: LkeQuestion;
  result: QuestionResult;
}

/** The layer's answer (option, number, or the counts of a percentage) and what it scored. */
export function QuestionAnswer({ question, result }: QuestionAnswerProps) {
  const t = useT();
  const [locale] = useLocale();
  const text = answerText(question, result.answer, locale);
  return (
    <div className="question__result">
      <p className="question__result-label">{t('question.answer')}</p>
      {question.counts.length > 0 ? (
        <dl className="counts">
          {result.counts.map(({ count, answer }) => (
            <div key={count.code}>
              <dt>{count.text}</dt>
              <dd>{answer?.number == null ? '—' : formatPlain(answer.number, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="question__answer" data-testid="answer">
          {text ?? <span className="muted">{t('question.noAnswer')}</span>}
          {text && question.range && (
            <span className="cell-note">
              {t('question.scale', {
                min: formatPlain(question.range.min, locale),
                max: formatPlain(question.range.max, locale),
              })}
            </span>
          )}
        </p>
      )}
      {result.score && <QuestionScoreText score={result.score} />}
    </div>
  );
}
