import type { ProgressJudgement } from '@zi/schema/admin';
import { useT } from '@zi/ui';

const TONES: Record<ProgressJudgement, string> = {
  NOT_STARTED: 'danger',
  BEHIND: 'warning',
  ON_TRACK: 'progress',
  AHEAD: 'wbk',
};

/** A unit's progress in an area as judged this round; a dash, read out as such, while not judged. */
export function JudgementBadge({ judgement }: { judgement: ProgressJudgement | null }) {
  const t = useT();
  if (!judgement) {
    return (
      <span className="badge badge--none" data-testid="judgement">
        {t('monitoring.notJudged')}
      </span>
    );
  }
  return (
    <span className={`badge badge--${TONES[judgement]}`} data-testid="judgement">
      {t(`progressJudgement.${judgement}`)}
    </span>
  );
}
