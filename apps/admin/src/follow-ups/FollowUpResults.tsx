import type { FollowUpsQuery } from '@zi/schema/admin';
import { Pager, useT } from '@zi/ui';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpCard } from './FollowUpCard';
import { FollowUpSource } from './FollowUpSource';
import { byUrgency, type FollowUpView } from './follow-up-params';

type Connection = FollowUpsQuery['followUps'];

interface FollowUpResultsProps {
  connection: Connection;
  view: FollowUpView;
  /** Whether the viewer sees more than their own unit's follow-ups, so each names its unit. */
  showUnit: boolean;
  /** Null on the first page. */
  onFirst: (() => void) | null;
  onNext: (() => void) | null;
}

/** One page of follow-ups, the overdue ones first, with what the viewer may do with each. */
export function FollowUpResults({ connection, view, showUnit, onFirst, onNext }: FollowUpResultsProps) {
  const t = useT();
  return (
    <>
      <p className="total-count" aria-live="polite" data-testid="follow-up-count">
        {t('followUps.count', { count: connection.totalCount })}
      </p>
      {connection.nodes.length === 0 ? (
        <p className="empty-state" data-testid="follow-ups-empty">
          {t(`followUps.empty.${view}`)}
        </p>
      ) : (
        <ol className="follow-up-list">
          {byUrgency(connection.nodes).map((followUp) => (
            <li key={followUp.id}>
              <FollowUpCard
                followUp={followUp}
                showUnit={showUnit}
                removableFiles={followUp.viewerMay.changeFiles}
                source={<FollowUpSource recommendation={followUp.recommendation} />}
              >
                <FollowUpActions followUp={followUp} />
              </FollowUpCard>
            </li>
          ))}
        </ol>
      )}
      <Pager onFirst={onFirst} onNext={onNext} />
    </>
  );
}
