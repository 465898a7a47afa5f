import { useT } from '@zi/ui';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { EMPTY_ANSWER } from './answer-value';
import { DecimalInput } from './DecimalInput';

/** The largest count the API accepts. */
const MAX_COUNT = 1_000_000_000;

/** The counts a percentage is computed from; the percentage itself shows with the question's score. */
export function CountAnswers({ question, editor }: { question: LkeQuestion; editor: QuestionEditor }) {
  const t = useT();
  return (
    <div className="answer-counts">
      {question.formula && (
        <p className="cell-note">{t('question.formula', { formula: question.formula })}</p>
      )}
      {question.counts.map((count) => {
        const answer = editor.answerOf(count.code) ?? EMPTY_ANSWER;
        return (
          <DecimalInput
            key={count.code}
            label={count.text}
            value={answer.number}
            min={0}
            max={MAX_COUNT}
            whole
            testId={`count-${count.code}`}
            onChange={(number) => editor.edit(count.code, { ...answer, option: null, number })}
          />
        );
      })}
    </div>
  );
}
