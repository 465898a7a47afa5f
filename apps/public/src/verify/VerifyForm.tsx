import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { CODE_MAX_LENGTH } from './verify-params';

interface VerifyFormProps {
  /** The code in the URL, shown in the field. */
  code: string;
  onVerify: (code: string) => void;
}

export function VerifyForm({ code, onVerify }: VerifyFormProps) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(code);
  const [shown, setShown] = useState(code);
  // The URL can change under the form (back button, a scanned link): show the code it holds.
  if (code !== shown) {
    setShown(code);
    setText(code);
  }

  return (
    <search className="verify-form card">
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          onVerify(text);
        }}
      >
        <label className="field__label" htmlFor={inputId}>
          {t('verify.codeLabel')}
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            className="field__control verify-form__code"
            name="kode"
            value={text}
            required
            maxLength={CODE_MAX_LENGTH}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={hintId}
            data-testid="verify-code"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button" data-testid="verify-submit">
            {t('verify.submit')}
          </button>
        </div>
        <p id={hintId} className="field__hint">
          {t('verify.codeHint')}
        </p>
      </form>
    </search>
  );
}
