import { useLocale, useT } from '@zi/ui';
import { useMemo } from 'react';
import { formatPlain, formatScore } from './format';
import { helpedRules } from './layer-index';
import type { LkeQuestion, Priority, TargetEligibility } from './types';
import { WorksheetSection } from './WorksheetSection';

interface PrioritiesProps {
  priorities: readonly Priority[];
  eligibility: readonly TargetEligibility[];
  questions: readonly LkeQuestion[];
}

/** "Apa yang perlu diperbaiki dulu": where the next points come from, as the engine ranks them. */
export function Priorities({ priorities, eligibility, questions }: PrioritiesProps) {
  const t = useT();
  const byCode = useMemo(() => new Map(questions.map((question) => [question.code, question])), [questions]);
  return (
    <WorksheetSection title={t('priorities.title')} intro={t('priorities.intro')} testId="priorities">
      {priorities.length === 0 ? (
        <p className="empty-state">{t('priorities.empty')}</p>
      ) : (
        <ol className="priorities">
          {priorities.map((priority) => (
            <PriorityItem
              key={priority.code}
              priority={priority}
              text={byCode.get(priority.code)?.text ?? ''}
              eligibility={eligibility}
            />
          ))}
        </ol>
      )}
    </WorksheetSection>
  );
}

interface PriorityItemProps {
  priority: Priority;
  text: string;
  eligibility: readonly TargetEligibility[];
}

function PriorityItem({ priority, text, eligibility }: PriorityItemProps) {
  const t = useT();
  const [locale] = useLocale();
  const helps = helpedRules(priority.helps, eligibility);
  return (
    <li className="priorities__item" data-testid="priority-row">
      <p className="priorities__question">
        {/* A link into the worksheet: the browser opens the area that holds the question. */}
        <a className="code" href={`#q-${priority.code}`}>
          {priority.code}
        </a>{' '}
        <span className="priorities__text">{text}</span>
      </p>
      <p className="priorities__meta">
        <strong>{t('priorities.gain', { gain: formatScore(priority.gain, locale) })}</strong>
        {' · '}
        {priority.unanswered
          ? t('questionStatus.UNANSWERED')
          : t('priorities.ratio', { ratio: formatPlain(priority.ratio, locale) })}
      </p>
      {helps.length > 0 && (
        <p className="cell-note">
          {t('priorities.helps')}{' '}
          {helps.map((rule, position) => (
            <span key={rule.id}>
              {position > 0 && '; '}
              <strong>{rule.name}</strong> ({rule.targets.join(', ')})
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
