import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { EMPTY_ANSWER, savedNote } from './answer-value';
import { noteCode } from './question-answer';

/** The layer's note on a question: what was found, what the evidence shows, what is missing. */
export function NoteField({ question, editor }: { question: LkeQuestion; editor: QuestionEditor }) {
  const t = useT();
  const id = useId();
  const code = noteCode(question);
  const answer = editor.answerOf(code) ?? EMPTY_ANSWER;
  const [text, setText] = useState(answer.note ?? '');
  const [known, setKnown] = useState(answer.note);
  // The saved note comes back trimmed: a space just typed at the end must stay on screen.
  if (answer.note !== known) {
    setKnown(answer.note);
    if (savedNote(text) !== savedNote(answer.note)) setText(answer.note ?? '');
  }
  return (
    <div className="field answer-note">
      <label className="field__label" htmlFor={id}>
        {t('question.note')}
        <span className="visually-hidden"> {question.code}</span>
      </label>
      <textarea
        id={id}
        className="field__control field__control--text"
        rows={2}
        value={text}
        data-testid={`note-${question.code}`}
        onChange={(event) => {
          setText(event.target.value);
          editor.edit(code, { ...answer, note: event.target.value });
        }}
      />
    </div>
  );
}
