import { useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import type { LoginState } from '../auth/login-state';
import { useRefusalText } from '../useRefusalText';
import type { UploadRow } from './useUploads';

interface UploadProgressProps {
  rows: readonly UploadRow[];
  onDismiss: (id: number) => void;
}

/** Each file on its way: how far it is, or why the API refused it. */
export function UploadProgress({ rows, onDismiss }: UploadProgressProps) {
  const t = useT();
  const describe = useRefusalText();
  const location = useLocation();
  if (rows.length === 0) return null;
  const login: LoginState = { from: location };
  return (
    <ul className="uploads" aria-live="polite">
      {rows.map((row) => (
        <li
          key={row.id}
          className={row.failure ? 'upload upload--failed' : 'upload'}
          data-testid="upload-row"
        >
          <span className="upload__name">{row.name}</span>
          {row.failure ? (
            <>
              <span className="upload__error" role="alert" data-testid="upload-error">
                {row.failure.refusal ? describe(row.failure.refusal) : t('evidence.networkFailed')}
              </span>
              <span className="inline">
                {row.failure.sessionEnded ? (
                  <Link to="/login" state={login}>
                    {t('save.signIn')}
                  </Link>
                ) : (
                  row.failure.refusal === null && (
                    <button type="button" className="button button--link" onClick={row.retry}>
                      {t('error.retry')}
                    </button>
                  )
                )}
                <button type="button" className="button button--link" onClick={() => onDismiss(row.id)}>
                  {t('evidence.dismiss')}
                </button>
              </span>
            </>
          ) : (
            <>
              <progress
                className="upload__bar"
                max={1}
                value={row.progress}
                aria-label={t('evidence.uploading', { name: row.name })}
              />
              <span className="cell-note">{Math.round(row.progress * 100)}%</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
