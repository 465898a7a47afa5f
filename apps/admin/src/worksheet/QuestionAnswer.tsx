import { useT } from '@zi/ui';
import { AnswerShown } from './AnswerShown';
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
  return (
    <div className="question__result">
      <p className="question__result-label">{t('question.answer')}</p>
      <AnswerShown question={question} result={result} testId="answer" withScale />
      {result.score && <QuestionScoreText score={result.score} />}
    </div>
  );
}
