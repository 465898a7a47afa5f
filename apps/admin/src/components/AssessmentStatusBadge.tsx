import type { AssessmentStatus } from '@zi/schema/admin';
import { useT } from '@zi/ui';

type Tone = 'neutral' | 'progress' | 'wbk' | 'warning';

const TONES: Record<AssessmentStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'progress',
  IN_REVIEW: 'progress',
  SECOND_REVIEW: 'progress',
  EVALUATED: 'wbk',
  RETURNED: 'warning',
  PROPOSED: 'wbk',
  NOT_PROPOSED: 'neutral',
  AWARDED: 'wbk',
  NOT_AWARDED: 'neutral',
};

/** Where a worksheet (LKE) stands: filled by the unit, with the TPI, or finished. */
export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const t = useT();
  return (
    <span className={`badge badge--${TONES[status]}`} data-testid="assessment-status">
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
