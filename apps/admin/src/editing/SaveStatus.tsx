import { formatTime, type Translate, useLocale, useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import type { ApiRefusal } from '../api-errors';
import type { LoginState } from '../auth/login-state';
import { useRefusalText } from '../useRefusalText';
import { type AutosaveState, type Blocked, saveStatus } from './autosave';

interface SaveStatusProps {
  state: AutosaveState;
  onRetry: () => void;
}

function blockedText(t: Translate, blocked: Blocked, describe: (refusal: ApiRefusal) => string): string {
  return blocked.reason === 'session'
    ? t('save.sessionEnded')
    : t('save.blocked', { message: describe(blocked.refusal) });
}

/** Whether the answers on screen are saved, announced politely as it changes. */
export function SaveStatus({ state, onRetry }: SaveStatusProps) {
  const t = useT();
  const [locale] = useLocale();
  const describe = useRefusalText();
  const location = useLocation();
  const status = saveStatus(state);
  const login: LoginState = { from: location };
  let text: string;
  switch (status) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(state.savedAt ?? Date.now(), locale) });
      break;
    case 'retrying':
      text = t('save.retrying');
      break;
    case 'conflict':
      text = t('save.conflict', { count: state.conflicts.size });
      break;
    case 'invalid':
      text = t('save.invalid', { count: state.rejected.size, codes: [...state.rejected.keys()].join(', ') });
      break;
    case 'blocked':
      text = state.blocked ? blockedText(t, state.blocked, describe) : '';
      break;
  }
  return (
    <div className={`save-status save-status--${status}`}>
      <p role="status" aria-live="polite" data-testid="save-status" data-status={status}>
        {text}
      </p>
      {(status === 'retrying' || state.blocked?.reason === 'refused') && (
        <button type="button" className="button button--link" onClick={onRetry}>
          {t('save.retryNow')}
        </button>
      )}
      {state.blocked?.reason === 'session' && (
        <Link to="/login" state={login}>
          {t('save.signIn')}
        </Link>
      )}
      {state.blocked?.reason === 'locked' && (
        <button type="button" className="button button--link" onClick={() => window.location.reload()}>
          {t('save.reload')}
        </button>
      )}
    </div>
  );
}
