import { DateText, useT } from '@zi/ui';
import { useTimeZone } from '../auth/useTimeZone';
import { FollowUpActions } from '../follow-ups/FollowUpActions';
import { FollowUpCard } from '../follow-ups/FollowUpCard';
import { dayIn } from '../time/zone-time';
import type { Finding } from './round-grid';

/** A finding at a unit, its recommendations and the follow-ups each asks of the unit. */
export function FindingCard({ finding }: { finding: Finding }) {
  const t = useT();
  const zone = useTimeZone();
  return (
    <article className="finding card" data-testid="finding">
      <p className="finding__meta">
        <span className="badge badge--neutral">
          {finding.area ? t(`changeArea.${finding.area}`) : t('monitoring.noArea')}
        </span>
        <span className="muted">
          {t('monitoring.recordedOn')} <DateText value={dayIn(finding.createdAt, zone)} />
        </span>
      </p>
      <p className="finding__description" data-testid="finding-description-text">
        {finding.description}
      </p>
      <ol className="finding__recommendations">
        {finding.recommendations.map((recommendation, index) => (
          <li key={recommendation.id} className="finding__recommendation">
            <p className="finding__label">{t('monitoring.recommendationNumber', { number: index + 1 })}</p>
            <p>{recommendation.description}</p>
            <ul className="follow-up-list">
              {recommendation.followUps.map((followUp) => (
                <li key={followUp.id}>
                  <FollowUpCard followUp={followUp}>
                    <FollowUpActions followUp={followUp} />
                  </FollowUpCard>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
