import type { LkeQuestion } from './types';

export function QuestionText({ question, id }: { question: LkeQuestion; id?: string }) {
  return (
    <p className="question__text" id={id}>
      <span className="code">{question.code}</span> {question.text}
    </p>
  );
}
