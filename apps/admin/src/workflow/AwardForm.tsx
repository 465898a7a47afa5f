import type { PredicateKind } from '@zi/schema/admin';
import { PREDICATE_KINDS, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { localToday } from './actions';
import type { MoveDetails } from './ConfirmForm';
import { DialogButtons } from './DialogButtons';

interface AwardFormProps {
  busy: boolean;
  onSubmit: (details: MoveDetails) => void;
  onCancel: () => void;
}

/** The national team's decision as the decree (SK) states it: the predicate, its number and date. */
export function AwardForm({ busy, onSubmit, onCancel }: AwardFormProps) {
  const t = useT();
  const numberId = useId();
  const dateId = useId();
  const [predicate, setPredicate] = useState<PredicateKind>('WBK');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ award: { predicate, decreeNumber: decreeNumber.trim(), decreeDate } });
  };
  return (
    <form className="dialog__form" onSubmit={submit}>
      <p>{t('actionHelp.RECORD_AWARD')}</p>
      <fieldset className="choice">
        <legend className="field__label">{t('award.predicate')}</legend>
        <div className="choice__options">
          {PREDICATE_KINDS.map((kind) => (
            <label key={kind} className="choice__option">
              <input
                type="radio"
                name="predicate"
                value={kind}
                checked={predicate === kind}
                onChange={() => setPredicate(kind)}
              />
              {t(`predicate.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={numberId}>
          {t('award.decreeNumber')}
        </label>
        <input
          id={numberId}
          className="field__control"
          required
          value={decreeNumber}
          onChange={(event) => setDecreeNumber(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={dateId}>
          {t('award.decreeDate')}
        </label>
        <input
          id={dateId}
          className="field__control"
          type="date"
          required
          max={localToday()}
          value={decreeDate}
          onChange={(event) => setDecreeDate(event.target.value)}
        />
      </div>
      <DialogButtons
        action="RECORD_AWARD"
        busy={busy}
        disabled={!decreeNumber.trim() || !decreeDate}
        onCancel={onCancel}
      />
    </form>
  );
}
