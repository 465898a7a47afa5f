import { useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import type { Transition } from '../worksheet/types';
import { WorksheetSection } from '../worksheet/WorksheetSection';

/** Every move of the worksheet, newest first: what was done, by whom, from which status to which, when and why. */
export function HistoryPanel({ history }: { history: readonly Transition[] }) {
  const t = useT();
  const dateTime = useDateTime();
  return (
    <WorksheetSection title={t('history.title')} intro={t('history.intro')} testId="history">
      {history.length === 0 ? (
        <p className="empty-state">{t('history.empty')}</p>
      ) : (
        <ol className="timeline history">
          {[...history].reverse().map((move) => (
            <li
              key={`${move.occurredAt}-${move.action}`}
              className="timeline__item"
              data-testid="history-item"
            >
              <strong>{t(`workflowAction.${move.action}`)}</strong>{' '}
              <span className="cell-note">
                <time dateTime={move.occurredAt}>{dateTime(move.occurredAt)}</time> ·{' '}
                {t('history.statusChange', {
                  from: t(`assessmentStatus.${move.fromStatus}`),
                  to: t(`assessmentStatus.${move.toStatus}`),
                })}
                {move.actor && <> · {t('history.by', { name: move.actor.name })}</>}
              </span>
              {move.reason && <p className="history__reason">{move.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </WorksheetSection>
  );
}
