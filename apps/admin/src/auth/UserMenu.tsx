import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument, type ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useNavigate } from 'react-router';

/** Who is signed in (name, role, their instansi or unit) and the way out. */
export function UserMenu({ user }: { user: ViewerFragment }) {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading, error }] = useMutation(LogoutDocument);
  const scope = user.instansi?.name ?? user.unit?.name;
  const role = scope ? `${t(`role.${user.role}`)} · ${scope}` : t(`role.${user.role}`);

  async function signOut() {
    await logout();
    await client.clearStore();
    navigate('/login', { replace: true });
  }

  return (
    <>
      <p className="user-menu">
        <span className="user-menu__name" data-testid="current-user" title={user.name}>
          {user.name}
        </span>
        <span className="user-menu__role" title={role}>
          {role}
        </span>
      </p>
      <button
        type="button"
        className="button button--quiet"
        data-testid="logout"
        disabled={loading}
        // A failed logout is shown from the mutation's `error`; the user stays signed in.
        onClick={() => void signOut().catch(() => undefined)}
      >
        {t('user.logout')}
      </button>
      {error && (
        <p className="user-menu__error" role="alert">
          {error.message}
        </p>
      )}
    </>
  );
}
