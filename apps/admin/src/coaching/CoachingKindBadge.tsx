import type { CoachingKind } from '@zi/schema/admin';
import { useT } from '@zi/ui';

/** Coaching a few units, or a socialisation event for many. */
export function CoachingKindBadge({ kind }: { kind: CoachingKind }) {
  const t = useT();
  return (
    <span
      className={`badge ${kind === 'COACHING' ? 'badge--progress' : 'badge--wbbm'}`}
      data-testid="coaching-kind"
    >
      {t(`coachingKind.${kind}`)}
    </span>
  );
}
