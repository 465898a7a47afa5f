import { useDocumentTitle, useT } from '@zi/ui';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AdminShell } from '../AdminShell';
import { SetPasswordForm } from './SetPasswordForm';

/**
 * The link's token, read once and taken out of the address bar, so it stays out of the history and
 * of the Referer of any link followed from this page.
 */
function useOneTimeToken(): string {
  const [search, setSearch] = useSearchParams();
  const [token] = useState(() => search.get('token') ?? '');
  useEffect(() => {
    if (search.has('token')) setSearch({}, { replace: true });
  }, [search, setSearch]);
  return token;
}

/** Where a one-time link (`/admin/kata-sandi?token=…`) leads: set a password, then sign in. */
export function SetPasswordPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('setPassword.title'));
  const headingId = useId();
  const token = useOneTimeToken();
  const [done, setDone] = useState(false);

  let content = <SetPasswordForm token={token} onDone={() => setDone(true)} />;
  if (done) {
    content = (
      <div role="status" data-testid="set-password-done">
        <p>{t('setPassword.done')}</p>
        <Link className="button" to="/login" data-testid="set-password-login">
          {t('setPassword.login')}
        </Link>
      </div>
    );
  } else if (!token) {
    content = (
      <p className="alert alert--error" data-testid="set-password-no-token">
        {t('setPassword.noToken')}
      </p>
    );
  }

  return (
    <AdminShell>
      <section className="auth-card card" aria-labelledby={headingId} data-testid="set-password-page">
        <h1 id={headingId}>{t('setPassword.title')}</h1>
        <p className="muted">{t('setPassword.intro')}</p>
        {content}
      </section>
    </AdminShell>
  );
}
