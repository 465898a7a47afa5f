import type { VerifyPactQuery } from '@zi/schema/public';
import { useT } from '@zi/ui';
import { Link } from 'react-router';
import { PactFacts } from '../pacts/PactFacts';
import { VerifyVerdict } from './VerifyVerdict';

type VerifiedPact = NonNullable<VerifyPactQuery['verifyPact']>;

/** The registry holds this pact: which unit signed it, when and who. */
export function PactFound({ pact }: { pact: VerifiedPact }) {
  const t = useT();
  return (
    <VerifyVerdict
      found={true}
      badge={t('verify.registered')}
      title={t('verify.foundTitle')}
      testId="verify-found"
    >
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
    </VerifyVerdict>
  );
}
