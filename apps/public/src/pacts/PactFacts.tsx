import type { PactDetailsFragment } from '@zi/schema/public';
import { DateText, safeHref, useT } from '@zi/ui';

function PactDocument({ documentRef }: { documentRef: string }) {
  const t = useT();
  const href = safeHref(documentRef);
  return href ? (
    <a href={href} rel="noopener noreferrer">
      {t('pact.documentLink')}
    </a>
  ) : (
    documentRef
  );
}

/** When and by whom a pact was signed, where to read it, and its verification code. */
export function PactFacts({ pact }: { pact: PactDetailsFragment }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('pact.signedOn')}</dt>
        <dd>
          <DateText value={pact.signedOn} />
        </dd>
      </div>
      <div>
        <dt>{t('pact.leader')}</dt>
        <dd>{pact.leaderName}</dd>
      </div>
      <div>
        <dt>{t('pact.signatories')}</dt>
        <dd>{t('pact.signatoryCount', { count: pact.signatoryCount })}</dd>
      </div>
      {pact.documentRef && (
        <div>
          <dt>{t('pact.document')}</dt>
          <dd>
            <PactDocument documentRef={pact.documentRef} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('pact.verificationCode')}</dt>
        <dd>
          <code data-testid="pact-code">{pact.verificationCode}</code>
        </dd>
      </div>
    </dl>
  );
}
