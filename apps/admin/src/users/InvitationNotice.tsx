import type { InvitationFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useEffect, useId, useRef, useState } from 'react';

interface InvitationNoticeProps {
  invitation: InvitationFragment;
  /** A new link for someone who had one: the older link no longer works. */
  renewed: boolean;
  onDismiss: () => void;
}

/**
 * Tells the admin how a person gets their one-time link: mailed, or (without mail on this server)
 * the link itself to hand over, shown this once.
 */
export function InvitationNotice({ invitation, renewed, onDismiss }: InvitationNoticeProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { user, link } = invitation;

  // The notice appears as a dialog closes: the reader is taken to it rather than left behind.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="alert alert--info registry-invitation" data-testid="invitation">
      <h2 className="alert__title" ref={headingRef} tabIndex={-1}>
        {link ? t('invitation.title', { name: user.name }) : t('invitation.mailed', { email: user.email })}
      </h2>
      {link && <p className="alert__message">{t('invitation.noMail', { name: user.name })}</p>}
      {renewed && <p className="alert__message">{t('invitation.olderInvalid')}</p>}
      {link && <InvitationLink link={link} />}
      <button
        type="button"
        className="button button--secondary"
        data-testid="invitation-dismiss"
        onClick={onDismiss}
      >
        {t('invitation.dismiss')}
      </button>
    </section>
  );
}

function InvitationLink({ link }: { link: string }) {
  const t = useT();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard here (a page served over plain HTTP, a refused permission): select it for Ctrl+C.
      inputRef.current?.select();
      setCopied('manual');
    }
  }

  return (
    <div className="field registry-invitation__link">
      <label className="field__label" htmlFor={inputId}>
        {t('invitation.link')}
      </label>
      <div className="search-form__row">
        <input
          id={inputId}
          ref={inputRef}
          className="field__control"
          readOnly
          value={link}
          data-testid="invitation-link"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" data-testid="invitation-copy" onClick={() => void copy()}>
          {t('invitation.copy')}
        </button>
      </div>
      <p className="field__hint" role="status">
        {copied && t(copied === 'copied' ? 'invitation.copied' : 'invitation.copyManually')}
      </p>
    </div>
  );
}
