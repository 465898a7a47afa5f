import { useMutation } from '@apollo/client/react';
import { SetPasswordDocument } from '@zi/schema/admin';
import { ErrorMessage, useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { TextField } from '../registry/TextField';
import { useRefusalText } from '../useRefusalText';
import { PASSWORD_MAX, PASSWORD_MIN, type PasswordProblem, passwordProblems } from './set-password';

interface SetPasswordFormProps {
  /** The token of the one-time link. */
  token: string;
  onDone: () => void;
}

/** A new password, typed twice, for the account the link was made for. */
export function SetPasswordForm({ token, onDone }: SetPasswordFormProps) {
  const t = useT();
  const describe = useRefusalText();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SetPasswordDocument);
  const problems = checked ? passwordProblems(password, confirmation) : {};
  const refused = error ? inputErrorOf(error) : null;

  const problemText = (problem: PasswordProblem | undefined): string | null => {
    if (problem === 'tooShort') return t('setPassword.tooShort', { min: PASSWORD_MIN });
    if (problem === 'tooLong') return t('setPassword.tooLong', { max: PASSWORD_MAX });
    return problem ? t('setPassword.mismatch') : null;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(passwordProblems(password, confirmation)).length > 0) return;
    const result = await save({ variables: { input: { token, password } } });
    if (result.data?.setPassword) onDone();
  }

  const typed = (set: (value: string) => void) => (value: string) => {
    reset();
    set(value);
  };

  return (
    // The failure is shown from the mutation's `error`.
    <form className="stack" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      {refused && (
        <ErrorMessage
          title={t('setPassword.failed')}
          message={describe(refused.refusal)}
          testId="set-password-error"
        />
      )}
      <TextField
        label={t('setPassword.password')}
        hint={t('setPassword.hint')}
        type="password"
        autoComplete="new-password"
        value={password}
        problem={problemText(problems.password)}
        testId="set-password-password"
        required
        onChange={typed(setPassword)}
      />
      <TextField
        label={t('setPassword.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        problem={problemText(problems.confirmation)}
        testId="set-password-confirm"
        required
        onChange={typed(setConfirmation)}
      />
      <button type="submit" className="button" disabled={loading} data-testid="set-password-submit">
        {loading ? t('form.saving') : t('setPassword.submit')}
      </button>
    </form>
  );
}
