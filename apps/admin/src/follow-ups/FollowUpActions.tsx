import { useMutation } from '@apollo/client/react';
import { type FollowUpItemFragment, ReviewFollowUpDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { RespondForm } from './RespondForm';
import { SendBackForm } from './SendBackForm';

type Open = 'respond' | 'sendBack' | null;
type Done = 'responded' | 'verified' | 'sentBack' | null;

const DONE_MESSAGES = {
  responded: 'followUps.responded',
  verified: 'followUps.verified',
  sentBack: 'followUps.sentBack',
} as const;

/**
 * What the API lets the viewer do with a follow-up: answer it (the unit), verify it or send it back
 * (the Inspektorat).
 */
export function FollowUpActions({ followUp }: { followUp: FollowUpItemFragment }) {
  const t = useT();
  const describe = useRefusalText();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<Done>(null);
  const [review, { loading, error, reset }] = useMutation(ReviewFollowUpDocument);
  const { respond, review: judge } = followUp.viewerMay;

  const toggle = (next: Exclude<Open, null>) => {
    reset();
    setDone(null);
    setOpen(open === next ? null : next);
  };
  const finish = (outcome: Exclude<Done, null>) => {
    setOpen(null);
    setDone(outcome);
  };

  async function verify() {
    setDone(null);
    await review({
      variables: { input: { followUpId: followUp.id, accept: true } },
    });
    finish('verified');
  }

  return (
    <div className="follow-up__actions">
      {(respond || judge) && (
        <div className="inline">
          {respond && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={open === 'respond'}
              data-testid="respond-open"
              onClick={() => toggle('respond')}
            >
              {t('followUps.respond')}
            </button>
          )}
          {judge && (
            <>
              <button
                type="button"
                className="button button--small"
                disabled={loading}
                data-testid="verify"
                // The failure is shown from the mutation's `error`.
                onClick={() => void verify().catch(() => undefined)}
              >
                {t('followUps.verify')}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-expanded={open === 'sendBack'}
                data-testid="send-back-open"
                onClick={() => toggle('sendBack')}
              >
                {t('followUps.sendBack')}
              </button>
            </>
          )}
        </div>
      )}
      {open === 'respond' && (
        <RespondForm followUp={followUp} onCancel={() => setOpen(null)} onDone={() => finish('responded')} />
      )}
      {open === 'sendBack' && (
        <SendBackForm
          followUpId={followUp.id}
          onCancel={() => setOpen(null)}
          onDone={() => finish('sentBack')}
        />
      )}
      {error && (
        <p className="field__error" role="alert" data-testid="review-error">
          {describe(refusalOf(error))}
        </p>
      )}
      <p className="follow-up__done" role="status" data-testid="follow-up-done">
        {done && t(DONE_MESSAGES[done])}
      </p>
    </div>
  );
}
