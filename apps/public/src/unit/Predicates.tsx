import { DateText, useT } from '@zi/ui';
import type { UnitPredicate } from './types';
import { UnitSection } from './UnitSection';

function PredicateCard({ predicate }: { predicate: UnitPredicate }) {
  const t = useT();
  const revoked = predicate.revokedOn !== null;
  return (
    <li className={revoked ? 'card card--danger' : 'card'}>
      <div className="inline">
        <h3>
          {t('unitPage.predicateTitle', {
            predicate: t(`predicate.${predicate.kind}`),
            year: String(predicate.year),
          })}
        </h3>
        {revoked && <span className="badge badge--danger">{t('unitPage.revoked')}</span>}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('unitPage.decree')}</dt>
          <dd>{predicate.decreeNumber}</dd>
        </div>
        <div>
          <dt>{t('unitPage.decreeDate')}</dt>
          <dd>
            <DateText value={predicate.decreeDate} />
          </dd>
        </div>
        {predicate.revokedOn && (
          <div>
            <dt>{t('unitPage.revokedOn')}</dt>
            <dd>
              <DateText value={predicate.revokedOn} />
            </dd>
          </div>
        )}
        {predicate.revocationReason && (
          <div>
            <dt>{t('unitPage.revocationReason')}</dt>
            <dd>{predicate.revocationReason}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

export function Predicates({ predicates }: { predicates: readonly UnitPredicate[] }) {
  const t = useT();
  return (
    <UnitSection title={t('unitPage.predicates')} testId="predicates">
      {predicates.length === 0 ? (
        <p className="empty-state">{t('unitPage.predicatesEmpty')}</p>
      ) : (
        <ul className="card-list">
          {predicates.map((predicate) => (
            <PredicateCard key={`${predicate.kind}-${predicate.year}`} predicate={predicate} />
          ))}
        </ul>
      )}
    </UnitSection>
  );
}
