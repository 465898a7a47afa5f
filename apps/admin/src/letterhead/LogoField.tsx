import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOfBody } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { CSRF_HEADERS } from '../write-headers';

const LOGO_URL = '/admin/instansi/logo';

/** The letterhead's logo: shown, replaced by a PNG or JPEG, or removed; saved as soon as chosen. */
export function LogoField() {
  const t = useT();
  const describe = useRefusalText();
  // Bumped after each change, so the preview loads the logo again.
  const [version, setVersion] = useState(0);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(method: 'PUT' | 'DELETE', file?: File) {
    setFailure(null);
    const response = await fetch(LOGO_URL, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': file?.type || 'application/octet-stream', ...CSRF_HEADERS },
      body: file,
    }).catch(() => null);
    if (!response) setFailure(t('evidence.networkFailed'));
    else if (!response.ok) setFailure(describe(refusalOfBody(response.status, await response.text())));
    else {
      setMissing(false);
      setVersion((previous) => previous + 1);
    }
  }

  return (
    <div className="field letterhead-logo">
      <span className="field__label">{t('letterhead.logo')}</span>
      {!missing && (
        <img
          src={`${LOGO_URL}?v=${version}`}
          alt={t('letterhead.logoAlt')}
          className="letterhead-logo__preview"
          onError={() => setMissing(true)}
        />
      )}
      {missing && <p className="field__hint">{t('letterhead.logoNone')}</p>}
      <label className="button button--secondary">
        {t('letterhead.logoChoose')}
        <input
          type="file"
          accept="image/png,image/jpeg"
          className="visually-hidden"
          data-testid="letterhead-logo"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void send('PUT', file);
          }}
        />
      </label>
      {!missing && (
        <button type="button" className="button button--link" onClick={() => void send('DELETE')}>
          {t('letterhead.logoRemove')}
        </button>
      )}
      <p className="field__hint">{t('letterhead.logoHint')}</p>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
