import { DateText, StageBadge, safeHref, useT } from '@zi/ui';
import type { TimelineStep } from './types';
import { UnitSection } from './UnitSection';

function Step({ step }: { step: TimelineStep }) {
  const t = useT();
  const source = safeHref(step.sourceUrl);
  return (
    <li className="timeline__item">
      <div className="inline">
        <strong>
          <DateText value={step.occurredOn} />
        </strong>
        <StageBadge stage={step.stage} />
        <span className="cell-note">{t('unitPage.programYear', { year: String(step.year) })}</span>
      </div>
      {step.note && <p>{step.note}</p>}
      {source && (
        <p>
          <a href={source} rel="noopener noreferrer">
            {t('unitPage.source')}
          </a>
        </p>
      )}
    </li>
  );
}

export function Timeline({ steps }: { steps: readonly TimelineStep[] }) {
  const t = useT();
  return (
    <UnitSection title={t('unitPage.timeline')} testId="timeline">
      {steps.length === 0 ? (
        <p className="empty-state">{t('unitPage.timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {steps.map((step) => (
            <Step key={`${step.occurredOn}-${step.stage}`} step={step} />
          ))}
        </ol>
      )}
    </UnitSection>
  );
}
