import type { FollowUpItemFragment } from '@zi/schema/admin';
import { DateText, safeHref, useT } from '@zi/ui';
import type { ReactNode } from 'react';
import { useTimeZone } from '../auth/useTimeZone';
import { dayIn } from '../time/zone-time';
import { FollowUpFileList } from './FollowUpFileList';
import { FollowUpStatusBadge } from './FollowUpStatusBadge';
import { RemoveFollowUpFile } from './RemoveFollowUpFile';

interface FollowUpCardProps {
  followUp: FollowUpItemFragment;
  /** Where it comes from (a finding, a coaching session), when the page does not already say. */
  source?: ReactNode;
  /** Whether to name the unit: not under a unit's own heading. */
  showUnit?: boolean;
  /** Whether the viewer may remove its files (until it is verified, whoever may answer it). */
  removableFiles?: boolean;
  /** What the viewer may do with it. */
  children?: ReactNode;
}

/** One follow-up: what is owed, by whom and when, the unit's answer with its files, and its verification. */
export function FollowUpCard({
  followUp,
  source,
  showUnit = false,
  removableFiles = false,
  children,
}: FollowUpCardProps) {
  const t = useT();
  const zone = useTimeZone();
  const evidence = safeHref(followUp.evidenceUrl);
  return (
    <article
      className={followUp.overdue ? 'follow-up follow-up--overdue' : 'follow-up'}
      data-testid="follow-up"
      data-status={followUp.status}
    >
      <div className="follow-up__head">
        <p className="follow-up__description" data-testid="follow-up-description">
          {followUp.description}
        </p>
        <FollowUpStatusBadge status={followUp.status} overdue={followUp.overdue} />
      </div>
      {source}
      <dl className="follow-up__facts">
        {showUnit && (
          <div>
            <dt>{t('followUps.unit')}</dt>
            <dd>{followUp.unit.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('followUps.owner')}</dt>
          <dd>{followUp.ownerName}</dd>
        </div>
        <div>
          <dt>{t('followUps.due')}</dt>
          <dd data-testid="follow-up-due">
            <DateText value={followUp.dueOn} />
          </dd>
        </div>
        {followUp.verifiedAt && (
          <div>
            <dt>{t('followUps.verifiedOn')}</dt>
            <dd data-testid="follow-up-verified">
              <DateText value={dayIn(followUp.verifiedAt, zone)} />
            </dd>
          </div>
        )}
      </dl>
      {followUp.reviewNote && (
        <div className="follow-up__response" data-testid="follow-up-review-note">
          <p className="follow-up__label">{t('followUps.reviewNote')}</p>
          <p>{followUp.reviewNote}</p>
        </div>
      )}
      {followUp.response && (
        <div className="follow-up__response" data-testid="follow-up-response">
          <p className="follow-up__label">
            {t('followUps.response')}
            {followUp.respondedAt && (
              <>
                {' · '}
                <DateText value={dayIn(followUp.respondedAt, zone)} />
              </>
            )}
          </p>
          <p>{followUp.response}</p>
          {evidence && (
            <p>
              <a href={evidence} target="_blank" rel="noreferrer">
                {t('followUps.evidenceLink')}
              </a>
            </p>
          )}
        </div>
      )}
      {followUp.files.length > 0 && (
        <div className="follow-up__response" data-testid="follow-up-files">
          <p className="follow-up__label">{t('followUpFiles.title')}</p>
          <FollowUpFileList
            files={followUp.files}
            actions={removableFiles ? (file) => <RemoveFollowUpFile file={file} /> : undefined}
          />
        </div>
      )}
      {children}
    </article>
  );
}
