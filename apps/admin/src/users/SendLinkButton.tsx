import { useMutation } from '@apollo/client/react';
import { type InvitationFragment, type PersonFragment, SendPasswordLinkDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';

interface SendLinkButtonProps {
  person: PersonFragment;
  onInvitation: (invitation: InvitationFragment) => void;
}

/** A new one-time link to set a password, for someone who lost theirs or never used it. */
export function SendLinkButton({ person, onInvitation }: SendLinkButtonProps) {
  const t = useT();
  const describe = useRefusalText();
  const [send, { loading, error }] = useMutation(SendPasswordLinkDocument);

  async function sendLink() {
    const result = await send({ variables: { userId: person.id } });
    if (result.data) onInvitation(result.data.sendPasswordLink);
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={loading}
        data-testid="person-send-link"
        // The failure is shown from the mutation's `error`.
        onClick={() => void sendLink().catch(() => undefined)}
      >
        {loading ? t('people.sending') : t('people.sendLink')}
        <span className="visually-hidden"> {person.name}</span>
      </button>
      {error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(error))}
        </p>
      )}
    </>
  );
}
