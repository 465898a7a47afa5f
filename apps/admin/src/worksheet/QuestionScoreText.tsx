import type { QuestionStatus } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { formatPercent, formatPlain } from './format';
import type { QuestionScore } from './types';

const STATUS_TONES: Record<QuestionStatus, string> = {
  ANSWERED: 'neutral',
  UNANSWERED: 'warning',
  NOT_APPLICABLE: 'progress',
};

/** Whether a question is answered, and the ratio (and percentage) it earns. */
export function QuestionScoreText({ score }: { score: QuestionScore }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <>
      <p className="question__score">
        <span className={`badge badge--${STATUS_TONES[score.status]}`}>
          {t(`questionStatus.${score.status}`)}
        </span>
        {score.ratio !== null && (
          <span>{t('question.ratio', { ratio: formatPlain(score.ratio, locale) })}</span>
        )}
        {score.percent !== null && (
          <span>{t('question.percent', { percent: formatPercent(score.percent, locale) })}</span>
        )}
      </p>
      {score.status === 'NOT_APPLICABLE' && <p className="cell-note">{t('question.notApplicableHint')}</p>}
      {score.zeroDenominator === 'ZERO_SCORE' && <p className="cell-note">{t('question.zeroScoreHint')}</p>}
    </>
  );
}
