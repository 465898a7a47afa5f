import type { AnswerLayer } from '@zi/schema/admin';
import { DateText, formatDate, useLocale, useT } from '@zi/ui';
import { useState } from 'react';
import { hasPassed, jakartaToday, layerClosed, type WindowDates } from './deadlines';
import { ReopenDialog } from './ReopenDialog';

interface WorksheetDeadlinesProps {
  assessmentId: string;
  window: WindowDates | null;
  /** The layer shown, which an admin may reopen once its window has passed. */
  layer: AnswerLayer;
  canReopen: boolean;
}

/** The deadlines that apply to a worksheet and, for an admin, reopening the shown layer after its own. */
export function WorksheetDeadlines({ assessmentId, window, layer, canReopen }: WorksheetDeadlinesProps) {
  const t = useT();
  const [locale] = useLocale();
  const today = jakartaToday();
  const [reopening, setReopening] = useState(false);
  const [reopenedUntil, setReopenedUntil] = useState<string | null>(null);
  if (!window) {
    return (
      <p className="deadlines" data-testid="deadlines">
        {t('deadlines.none')}
      </p>
    );
  }
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
      {canReopen && layerClosed(window, layer, today) && (
        <p className="inline">
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="reopen-layer"
            onClick={() => {
              setReopenedUntil(null);
              setReopening(true);
            }}
          >
            {t('deadlines.reopen')}
            <span className="visually-hidden"> {t(`layer.${layer}`)}</span>
          </button>
          <span role="status" data-testid="reopened">
            {reopenedUntil &&
              t('deadlines.reopened', {
                layer: t(`layer.${layer}`),
                date: formatDate(reopenedUntil, locale),
              })}
          </span>
        </p>
      )}
      {canReopen && (
        <ReopenDialog
          assessmentId={assessmentId}
          layer={reopening ? layer : null}
          today={today}
          onClose={() => setReopening(false)}
          onReopened={(until) => {
            setReopening(false);
            setReopenedUntil(until);
          }}
        />
      )}
    </div>
  );
}
