import { DateText, safeHref, useT } from '@zi/ui';
import type { UnitPact } from './types';
import { UnitSection } from './UnitSection';

function PactDocument({ documentRef }: { documentRef: string }) {
  const t = useT();
  const href = safeHref(documentRef);
  return href ? (
    <a href={href} rel="noopener noreferrer">
      {t('unitPage.pactDocumentLink')}
    </a>
  ) : (
    documentRef
  );
}

function PactCard({ pact }: { pact: UnitPact }) {
  const t = useT();
  return (
    <li className="card">
      <h3>{pact.occasion}</h3>
      <dl className="facts">
        <div>
          <dt>{t('unitPage.pactSignedOn')}</dt>
          <dd>
            <DateText value={pact.signedOn} />
          </dd>
        </div>
        <div>
          <dt>{t('unitPage.pactLeader')}</dt>
          <dd>{pact.leaderName}</dd>
        </div>
        <div>
          <dt>{t('unitPage.pactSignatories')}</dt>
          <dd>{t('unitPage.pactSignatoryCount', { count: pact.signatoryCount })}</dd>
        </div>
        {pact.documentRef && (
          <div>
            <dt>{t('unitPage.pactDocument')}</dt>
            <dd>
              <PactDocument documentRef={pact.documentRef} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('unitPage.pactVerification')}</dt>
          <dd>
            <code>{pact.verificationCode}</code>
          </dd>
        </div>
      </dl>
    </li>
  );
}

export function Pacts({ pacts }: { pacts: readonly UnitPact[] }) {
  const t = useT();
  return (
    <UnitSection title={t('unitPage.pacts')} intro={t('unitPage.pactsIntro')} testId="pacts">
      {pacts.length === 0 ? (
        <p className="empty-state">{t('unitPage.pactsEmpty')}</p>
      ) : (
        <ul className="card-list">
          {pacts.map((pact) => (
            <PactCard key={pact.id} pact={pact} />
          ))}
        </ul>
      )}
    </UnitSection>
  );
}
