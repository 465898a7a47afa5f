import { useApolloClient } from '@apollo/client/react';
import { Loading } from '@zi/ui';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { LoginState } from './login-state';

/** The API no longer knows the session: forget what was loaded for it and sign in again. */
export function SessionEnded() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    const state: LoginState = { from: location, sessionEnded: true };
    void client.clearStore().then(() => navigate('/login', { replace: true, state }));
  }, [client, navigate, location]);

  return <Loading />;
}
