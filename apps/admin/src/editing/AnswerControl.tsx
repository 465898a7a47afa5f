import { useT } from '@zi/ui';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { EMPTY_ANSWER } from './answer-value';
import { ChoiceAnswer } from './ChoiceAnswer';
import { CountAnswers } from './CountAnswers';
import { DecimalInput } from './DecimalInput';
import { answerKind } from './question-answer';

interface AnswerControlProps {
  question: LkeQuestion;
  editor: QuestionEditor;
  /** The id of the question's text, which describes the control. */
  textId: string;
}

/** The control that fits the question: options, counts, or a number in its range. */
export function AnswerControl({ question, editor, textId }: AnswerControlProps) {
  const t = useT();
  const kind = answerKind(question);
  if (kind === 'counts') return <CountAnswers question={question} editor={editor} />;
  const value = editor.answerOf(question.code) ?? EMPTY_ANSWER;
  const edit = (next: typeof value) => editor.edit(question.code, next);
  if (kind === 'choice') {
    return (
      <ChoiceAnswer
        question={question}
        name={`${editor.layer}:${question.code}`}
        value={value}
        onChange={edit}
        describedBy={textId}
      />
    );
  }
  const range = question.range ?? { min: 0, max: 100 };
  return (
    <>
      {question.criteria && <p className="question__criteria">{question.criteria}</p>}
      <DecimalInput
        label={t('edit.numberLabel', { min: range.min, max: range.max })}
        value={value.number}
        min={range.min}
        max={range.max}
        testId={`number-${question.code}`}
        onChange={(number) => edit({ ...value, option: null, number })}
      />
    </>
  );
}
