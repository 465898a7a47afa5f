import type { AnswerLayer } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { formatPlain, formatScore } from './format';
import type { LayerTotal } from './layers';

interface ScoreSummaryProps {
  layer: AnswerLayer;
  score: LayerTotal['score'];
  /** The framework's total weight (100). */
  maximum: number;
}

/** The layer's stored total and how much of the worksheet it answers. */
export function ScoreSummary({ layer, score, maximum }: ScoreSummaryProps) {
  const t = useT();
  const [locale] = useLocale();
  if (!score) {
    return (
      <p className="empty-state" data-testid="worksheet-no-score">
        {t('worksheet.noScore')}
      </p>
    );
  }
  return (
    <dl className="score-summary card">
      <div>
        <dt>
          {t('worksheet.total')} · {t(`layer.${layer}`)}
        </dt>
        <dd>
          <span className="score-summary__total" data-testid="worksheet-total">
            {formatScore(score.total, locale)}
          </span>{' '}
          <span className="muted">{t('worksheet.outOf', { max: formatPlain(maximum, locale) })}</span>
        </dd>
      </div>
      <div>
        <dt>{t('worksheet.answered')}</dt>
        <dd data-testid="worksheet-answered">
          {t('worksheet.answeredCount', { answered: score.answered, questions: score.questions })}
        </dd>
      </div>
    </dl>
  );
}
