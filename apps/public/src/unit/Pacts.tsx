import { useT } from '@zi/ui';
import { PactFacts } from '../pacts/PactFacts';
import { PactQrCode } from '../pacts/PactQrCode';
import type { UnitPact } from './types';
import { UnitSection } from './UnitSection';

interface PactsProps {
  pacts: readonly UnitPact[];
  /** The site's origin, which the QR codes point to. */
  origin: string;
}

function PactCard({ pact, origin }: { pact: UnitPact; origin: string }) {
  return (
    <li className="card pact-card">
      <div className="pact-card__facts">
        <h3>{pact.occasion}</h3>
        <PactFacts pact={pact} />
      </div>
      <PactQrCode code={pact.verificationCode} origin={origin} />
    </li>
  );
}

export function Pacts({ pacts, origin }: PactsProps) {
  const t = useT();
  return (
    <UnitSection title={t('unitPage.pacts')} intro={t('unitPage.pactsIntro')} testId="pacts">
      {pacts.length === 0 ? (
        <p className="empty-state">{t('unitPage.pactsEmpty')}</p>
      ) : (
        <ul className="card-list card-list--wide">
          {pacts.map((pact) => (
            <PactCard key={pact.id} pact={pact} origin={origin} />
          ))}
        </ul>
      )}
    </UnitSection>
  );
}
