import { useT } from '@zi/ui';
import { useId } from 'react';
import type { ReturnMarks } from './return-marks';

/** From the worksheet itself, the evaluator marks a question to return, with what to revise. */
export function ReturnMarkField({ code, marks }: { code: string; marks: ReturnMarks }) {
  const t = useT();
  const reasonId = useId();
  const reason = marks.marked.get(code);
  const marked = reason !== undefined;
  return (
    <div className={marked ? 'return-mark return-mark--on' : 'return-mark'}>
      <label className="return-mark__toggle">
        <input
          type="checkbox"
          checked={marked}
          data-testid={`mark-return-${code}`}
          onChange={() => marks.toggle(code)}
        />{' '}
        {t('returns.mark')}
        <span className="visually-hidden"> {code}</span>
      </label>
      {marked && (
        <div className="field">
          <label className="field__label" htmlFor={reasonId}>
            {t('returns.reason')}
          </label>
          <textarea
            id={reasonId}
            className="field__control field__control--text"
            rows={2}
            value={reason}
            data-testid={`return-reason-${code}`}
            onChange={(event) => marks.setReason(code, event.target.value)}
          />
        </div>
      )}
    </div>
  );
}
