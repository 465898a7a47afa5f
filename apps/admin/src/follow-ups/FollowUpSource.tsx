import type { FollowUpsQuery } from '@zi/schema/admin';
import { useT } from '@zi/ui';

type Recommendation = FollowUpsQuery['followUps']['nodes'][number]['recommendation'];

/** Where a follow-up comes from: a monitoring finding and its recommendation, or a coaching session. */
export function FollowUpSource({ recommendation }: { recommendation: Recommendation }) {
  const t = useT();
  if (!recommendation) {
    return (
      <p className="follow-up__source" data-testid="follow-up-source">
        {t('followUps.fromCoaching')}
      </p>
    );
  }
  const { finding } = recommendation;
  return (
    <div className="follow-up__source" data-testid="follow-up-source">
      <p>
        <span className="follow-up__label">{t('followUps.finding')}</span>{' '}
        {finding.area && <span className="badge badge--neutral">{t(`changeArea.${finding.area}`)}</span>}{' '}
        {finding.description}
      </p>
      <p>
        <span className="follow-up__label">{t('followUps.recommendation')}</span> {recommendation.description}
      </p>
    </div>
  );
}
