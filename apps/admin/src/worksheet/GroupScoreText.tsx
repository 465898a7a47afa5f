import { useLocale, useT } from '@zi/ui';
import { formatPercent, formatPlain, formatScore } from './format';
import type { GroupScore, LkeGroup } from './types';

interface GroupScoreTextProps {
  group: LkeGroup;
  /** Undefined while the layer has no score. */
  score: GroupScore | undefined;
}

/** A group's score against its weight, as a percentage, and how many of its questions are answered. */
export function GroupScoreText({ group, score }: GroupScoreTextProps) {
  const t = useT();
  const [locale] = useLocale();
  const weight = formatPlain(group.weight, locale);
  if (!score) return <span className="group-score muted">{t('tree.weight', { weight })}</span>;
  return (
    <span className="group-score">
      <span>
        <strong>{t('tree.score', { score: formatScore(score.score, locale), weight })}</strong> ·{' '}
        {formatPercent(score.percent, locale)}
      </span>
      <span className="group-score__answered">
        {t('tree.answered', { answered: score.answered, questions: score.questions })}
      </span>
    </span>
  );
}
