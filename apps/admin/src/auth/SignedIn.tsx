import { useQuery } from '@apollo/client/react';
import { MeDocument, type ViewerFragment } from '@zi/schema/admin';
import { ErrorMessage, Loading } from '@zi/ui';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { AdminNav } from '../AdminNav';
import { AdminShell } from '../AdminShell';
import type { SectionLink } from '../section';
import type { LoginState } from './login-state';

/**
 * Guards the portal's pages: without a session the visitor is sent to sign in. The routes hand in the
 * nav's `links`: the sections' pages import this file (`useViewer`), so it cannot import them.
 */
export function SignedIn({ links }: { links: readonly SectionLink[] }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument);

  if (loading) {
    return (
      <AdminShell>
        <Loading />
      </AdminShell>
    );
  }
  if (error) {
    return (
      <AdminShell>
        <ErrorMessage message={error.message} onRetry={() => void refetch()} />
      </AdminShell>
    );
  }
  if (!data?.me) {
    const state: LoginState = { from: location };
    return <Navigate to="/login" replace state={state} />;
  }
  return (
    <AdminShell user={data.me} nav={<AdminNav may={data.me.may} links={links} />}>
      <Outlet context={data.me} />
    </AdminShell>
  );
}

/** The signed-in user, for pages under SignedIn. */
export function useViewer(): ViewerFragment {
  return useOutletContext<ViewerFragment>();
}
