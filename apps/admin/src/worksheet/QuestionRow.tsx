import { useT } from '@zi/ui';
import { type LayerIndex, questionResult } from './layer-index';
import { QuestionAnswer } from './QuestionAnswer';
import { QuestionCriteria } from './QuestionCriteria';
import type { LkeQuestion } from './types';

interface QuestionRowProps {
  question: LkeQuestion;
  index: LayerIndex;
}

/** A question with its criteria, the layer's answer and notes, and what it scored. */
export function QuestionRow({ question, index }: QuestionRowProps) {
  const t = useT();
  const result = questionResult(question, index);
  return (
    <li className="question" id={`q-${question.code}`} data-testid="question-row">
      <div className="question__main">
        <p className="question__text">
          <span className="code">{question.code}</span> {question.text}
        </p>
        <QuestionCriteria question={question} chosen={result.answer?.option ?? null} />
        {result.notes.map((note) => (
          <p key={note} className="question__note" data-testid="answer-note">
            <span className="question__note-label">{t('question.note')}</span> {note}
          </p>
        ))}
      </div>
      <QuestionAnswer question={question} result={result} />
    </li>
  );
}
