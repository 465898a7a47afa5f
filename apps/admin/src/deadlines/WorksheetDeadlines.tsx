import type { AnswerLayer } from '@zi/schema/admin';
import { DateText, formatDate, useLocale, useT } from '@zi/ui';
import { useState } from 'react';
import type { LayerDeadline } from './deadlines';
import { ReopenDialog } from './ReopenDialog';

interface WorksheetDeadlinesProps {
  assessmentId: string;
  /** Each layer's deadline, as the API judges it today; empty while the year has none. */
  deadlines: readonly LayerDeadline[];
  /** The layer shown. */
  layer: AnswerLayer;
  /** Whether the viewer may reopen the shown layer, as the API says. */
  canReopen: boolean;
}

/**
 * The deadlines that apply to a worksheet, a reopening that holds the shown layer open and, when the
 * API lets the viewer, reopening it until a later day.
 */
export function WorksheetDeadlines({ assessmentId, deadlines, layer, canReopen }: WorksheetDeadlinesProps) {
  const t = useT();
  const [locale] = useLocale();
  const [reopening, setReopening] = useState(false);
  const fill = deadlines.find((deadline) => deadline.layer === 'UNIT');
  const review = deadlines.find((deadline) => deadline.layer === 'TPI');
  const shown = deadlines.find((deadline) => deadline.layer === layer);
  if (!fill || !review || !shown) {
    return (
      <p className="deadlines" data-testid="deadlines">
        {t('deadlines.none')}
      </p>
    );
  }
  const day = (deadline: LayerDeadline, key: 'fillUntil' | 'reviewUntil', testId: string) => (
    <span className="deadlines__item" data-testid={testId}>
      {t(`deadlines.${key}`)}: <DateText value={deadline.closesOn} />
      {deadline.passed && <span className="deadlines__passed"> ({t('deadlines.passed')})</span>}
    </span>
  );
  const active = shown.reopening;
  return (
    <div className="deadlines" data-testid="deadlines">
      <p className="inline">
        {day(fill, 'fillUntil', 'deadline-fill')}
        {day(review, 'reviewUntil', 'deadline-review')}
      </p>
      <p className="deadlines__reopened" role="status" data-testid="reopened">
        {active &&
          t('deadlines.reopenedUntil', { date: formatDate(active.until, locale), reason: active.reason })}
      </p>
      {canReopen && (
        <p className="inline">
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="reopen-layer"
            onClick={() => setReopening(true)}
          >
            {t('deadlines.reopen')}
            <span className="visually-hidden"> {t(`layer.${layer}`)}</span>
          </button>
        </p>
      )}
      {canReopen && (
        <ReopenDialog
          assessmentId={assessmentId}
          layer={reopening ? layer : null}
          deadline={shown}
          onClose={() => setReopening(false)}
        />
      )}
    </div>
  );
}
