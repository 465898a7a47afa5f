import { useMutation, useQuery } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '@zi/schema/admin';
import { ErrorMessage, Loading, useDocumentTitle, useT } from '@zi/ui';
import { type FormEvent, useId } from 'react';
import { Navigate, useLocation } from 'react-router';
import { AdminShell } from '../AdminShell';
import { inputErrorOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { landingOf, loginStateOf } from './login-state';

export function LoginPage() {
  const t = useT();
  const describe = useRefusalText();
  useDocumentTitle(t('admin.name'), t('login.title'));
  const headingId = useId();
  const emailId = useId();
  const passwordId = useId();
  const { returnTo, sessionEnded } = loginStateOf(useLocation().state);
  const me = useQuery(MeDocument);
  // Writing the new user into the cache updates `me` above, which redirects.
  const [login, { loading, error }] = useMutation(LoginDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login } });
    },
  });

  if (me.data?.me) return <Navigate to={landingOf(returnTo, me.data.me.home)} replace />;

  // The API checks the fields; its refusal names the field, said in the viewer's words.
  const failure = (refused: unknown) => {
    const { field, refusal } = inputErrorOf(refused);
    const text = describe(refusal);
    return field === 'email' || field === 'password' ? `${t(`login.${field}`)}: ${text}` : text;
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    // The failure is shown from the mutation's `error`.
    void login({ variables: { input } }).catch(() => undefined);
  }

  return (
    <AdminShell>
      {me.loading ? (
        <Loading />
      ) : (
        <section className="auth-card card" aria-labelledby={headingId}>
          <h1 id={headingId}>{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          {sessionEnded && !error && (
            <div className="alert alert--info" role="status">
              <p className="alert__message">{t('login.sessionEnded')}</p>
            </div>
          )}
          {error && <ErrorMessage title={t('login.failed')} message={failure(error)} testId="login-error" />}
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label className="field__label" htmlFor={emailId}>
                {t('login.email')}
              </label>
              <input
                id={emailId}
                className="field__control"
                name="email"
                type="email"
                autoComplete="username"
                required
                data-testid="login-email"
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={passwordId}>
                {t('login.password')}
              </label>
              <input
                id={passwordId}
                className="field__control"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                data-testid="login-password"
              />
            </div>
            <button type="submit" className="button" disabled={loading} data-testid="login-submit">
              {loading ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        </section>
      )}
    </AdminShell>
  );
}
