import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import type { LkeQuestion } from '../worksheet/types';
import { areasOf, questionsUnder, type WorksheetNode } from '../worksheet/worksheet-tree';
import type { MoveDetails } from './ConfirmForm';
import { DialogButtons } from './DialogButtons';
import { type ReturnMarks, returnsOf } from './return-marks';

interface ReturnFormProps {
  tree: WorksheetNode;
  /** The questions marked on the worksheet; the form adds to them and edits their reasons. */
  marks: ReturnMarks;
  busy: boolean;
  onSubmit: (details: MoveDetails) => void;
  onCancel: () => void;
}

/** The questions to return to the unit, each with what to revise. */
export function ReturnForm({ tree, marks, busy, onSubmit, onCancel }: ReturnFormProps) {
  const t = useT();
  const pickId = useId();
  const [picked, setPicked] = useState('');
  const areas = areasOf(tree);
  const byCode = new Map(areas.flatMap(questionsUnder).map((question) => [question.code, question]));
  const returns = returnsOf(marks.marked);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The history keeps what was returned and why, beside the move itself.
    if (returns)
      onSubmit({ returns, reason: returns.map((item) => `${item.code}: ${item.reason}`).join('\n') });
  };
  return (
    <form className="dialog__form" onSubmit={submit}>
      <p>{t('actionHelp.RETURN')}</p>
      {marks.marked.size === 0 ? (
        <p className="empty-state">{t('returns.none')}</p>
      ) : (
        <ol className="return-list">
          {[...marks.marked].map(([code, reason]) => (
            <ReturnItem
              key={code}
              question={byCode.get(code)}
              code={code}
              reason={reason}
              onReason={(next) => marks.setReason(code, next)}
              onRemove={() => marks.toggle(code)}
            />
          ))}
        </ol>
      )}
      <div className="field return-pick">
        <label className="field__label" htmlFor={pickId}>
          {t('returns.add')}
        </label>
        <div className="return-pick__row">
          <select
            id={pickId}
            className="field__control"
            value={picked}
            data-testid="return-pick"
            onChange={(event) => setPicked(event.target.value)}
          >
            <option value="">{t('returns.choose')}</option>
            {areas.map((area) => (
              <optgroup key={area.group.code} label={`${area.group.code} ${area.group.title}`}>
                {questionsUnder(area).map((question) => (
                  <option
                    key={question.code}
                    value={question.code}
                    disabled={marks.marked.has(question.code)}
                  >
                    {question.code} {question.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={!picked}
            data-testid="return-add"
            onClick={() => {
              if (!marks.marked.has(picked)) marks.toggle(picked);
              setPicked('');
            }}
          >
            {t('returns.addButton')}
          </button>
        </div>
      </div>
      {marks.marked.size > 0 && !returns && <p className="field__hint">{t('returns.reasonsNeeded')}</p>}
      <DialogButtons action="RETURN" busy={busy} disabled={!returns} onCancel={onCancel} />
    </form>
  );
}

interface ReturnItemProps {
  question: LkeQuestion | undefined;
  code: string;
  reason: string;
  onReason: (reason: string) => void;
  onRemove: () => void;
}

function ReturnItem({ question, code, reason, onReason, onRemove }: ReturnItemProps) {
  const t = useT();
  const reasonId = useId();
  return (
    <li className="return-list__item">
      <p className="return-list__question">
        <span className="code">{code}</span> {question?.text}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('returns.reason')}
        </label>
        <textarea
          id={reasonId}
          className="field__control field__control--text"
          rows={2}
          required
          value={reason}
          data-testid={`return-dialog-reason-${code}`}
          onChange={(event) => onReason(event.target.value)}
        />
      </div>
      <button type="button" className="button button--link" onClick={onRemove}>
        {t('returns.remove')}
        <span className="visually-hidden"> {code}</span>
      </button>
    </li>
  );
}
