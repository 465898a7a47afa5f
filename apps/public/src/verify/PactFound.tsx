import type { VerifyPactQuery } from '@zi/schema/public';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { PactFacts } from '../pacts/PactFacts';

type VerifiedPact = NonNullable<VerifyPactQuery['verifyPact']>;

/** The registry holds this pact: which unit signed it, when and who. */
export function PactFound({ pact }: { pact: VerifiedPact }) {
  const t = useT();
  const headingId = useId();
  return (
    <section
      className="verify-result verify-result--found"
      aria-labelledby={headingId}
      data-testid="verify-found"
    >
      <p className="verify-result__verdict">
        <span className="badge badge--wbk">{t('verify.registered')}</span>
      </p>
      <h2 id={headingId}>{t('verify.foundTitle')}</h2>
      <dl className="facts verify-result__unit">
        <div>
          <dt>{t('verify.unit')}</dt>
          <dd>
            <Link to={`/units/${pact.unit.id}`} data-testid="verify-unit-link">
              {pact.unit.name}
            </Link>
            <span className="cell-note">{pact.unit.instansi.name}</span>
          </dd>
        </div>
        <div>
          <dt>{t('verify.occasion')}</dt>
          <dd>{pact.occasion}</dd>
        </div>
      </dl>
      <PactFacts pact={pact} />
    </section>
  );
}
