import type { AnswerLayer } from '@zi/schema/admin';
import { DateText, formatDate, useLocale, useT } from '@zi/ui';
import { useState } from 'react';
import { activeReopening, hasPassed, jakartaToday, type Reopening, type WindowDates } from './deadlines';
import { ReopenDialog } from './ReopenDialog';

interface WorksheetDeadlinesProps {
  assessmentId: string;
  window: WindowDates | null;
  /** The assessment's reopenings, newest first. */
  reopenings: readonly Reopening[];
  /** The layer shown. */
  layer: AnswerLayer;
  /** Whether the viewer may reopen the shown layer now, as the API says: its deadline has passed. */
  canReopen: boolean;
}

/**
 * The deadlines that apply to a worksheet, a reopening that holds the shown layer open and, when the
 * API lets the viewer, reopening it.
 */
export function WorksheetDeadlines({
  assessmentId,
  window,
  reopenings,
  layer,
  canReopen,
}: WorksheetDeadlinesProps) {
  const t = useT();
  const [locale] = useLocale();
  const today = jakartaToday();
  const [reopening, setReopening] = useState(false);
  if (!window) {
    return (
      <p className="deadlines" data-testid="deadlines">
        {t('deadlines.none')}
      </p>
    );
  }
  const active = activeReopening(reopenings, layer, today);
  const deadline = (key: 'fillUntil' | 'reviewUntil', testId: string) => (
    <span className="deadlines__item" data-testid={testId}>
      {t(`deadlines.${key}`)}: <DateText value={window[key]} />
      {hasPassed(window[key], today) && <span className="deadlines__passed"> ({t('deadlines.passed')})</span>}
    </span>
  );
  return (
    <div className="deadlines" data-testid="deadlines">
      <p className="inline">
        {deadline('fillUntil', 'deadline-fill')}
        {deadline('reviewUntil', 'deadline-review')}
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
          today={today}
          onClose={() => setReopening(false)}
        />
      )}
    </div>
  );
}
