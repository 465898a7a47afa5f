import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { useRefusalText } from '../useRefusalText';
import type { LkeQuestion } from '../worksheet/types';
import type { QuestionEditor } from '../worksheet/WorksheetContext';
import { EMPTY_ANSWER, savedNote } from './answer-value';
import { refusesNote } from './autosave';
import { noteCode } from './question-answer';

/** The layer's note on a question: what was found, what the evidence shows, what is missing. */
export function NoteField({ question, editor }: { question: LkeQuestion; editor: QuestionEditor }) {
  const t = useT();
  const describe = useRefusalText();
  const id = useId();
  const errorId = useId();
  const code = noteCode(question);
  const answer = editor.answerOf(code) ?? EMPTY_ANSWER;
  const refusal = editor.rejectionOf(code);
  const error = refusal && refusesNote(refusal) ? describe(refusal) : null;
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
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          editor.edit(code, { ...answer, note: event.target.value });
        }}
      />
      {error && (
        <p id={errorId} className="field__error" role="alert" data-testid={`note-error-${question.code}`}>
          {error}
        </p>
      )}
    </div>
  );
}
