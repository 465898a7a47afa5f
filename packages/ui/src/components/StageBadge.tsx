import type { Stage } from '@zi/schema/public';
import { useT } from '../i18n/I18nProvider';

type Tone = 'neutral' | 'progress' | 'wbk' | 'wbbm' | 'warning' | 'danger';

const TONES: Record<Stage, Tone> = {
  DECLARED: 'neutral',
  BUILDING: 'neutral',
  SELF_ASSESSED: 'progress',
  TPI_EVALUATED: 'progress',
  PROPOSED: 'progress',
  WBK: 'wbk',
  WBBM: 'wbbm',
  NOT_AWARDED: 'warning',
  REVOKED: 'danger',
};

/** A unit's stage; null means the unit has not declared ZI. */
export function StageBadge({ stage }: { stage: Stage | null }) {
  const t = useT();
  if (!stage) return <span className="badge badge--none">{t('stage.none')}</span>;
  return <span className={`badge badge--${TONES[stage]}`}>{t(`stage.${stage}`)}</span>;
}
