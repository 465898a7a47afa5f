import { useQuery } from '@apollo/client/react';
import { CoachingSessionDocument } from '@zi/schema/admin';
import { hasErrorCode, Loading, useDocumentTitle, useT } from '@zi/ui';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { FollowUpActions } from '../follow-ups/FollowUpActions';
import { FollowUpCard } from '../follow-ups/FollowUpCard';
import { AttendanceForm } from './AttendanceForm';
import { Invitations } from './Invitations';
import { SessionDetails } from './SessionDetails';

/** One session: its details, who was invited and came, and what it left each unit to do. */
export function CoachingSessionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const invitedId = useId();
  const followUpsId = useId();
  const { data, loading, error, refetch } = useQuery(CoachingSessionDocument, { variables: { id } });
  const session = data?.coachingSession ?? null;
  useDocumentTitle(t('admin.name'), session?.topic ?? t('coaching.title'));

  // The API refuses a session it does not know, or one inviting none of the viewer's units.
  if (error && hasErrorCode(error, 'BAD_USER_INPUT')) {
    return (
      <section data-testid="session-not-found">
        <h1>{t('coaching.notFound')}</h1>
        <p>
          <Link to="/pendampingan">{t('coaching.back')}</Link>
        </p>
      </section>
    );
  }
  if (error) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (loading || !session) return <Loading />;
  return (
    <article data-testid="coaching-session">
      <SessionDetails session={session} />
      <section className="section" aria-labelledby={invitedId}>
        <h2 id={invitedId}>{t('coaching.invited')}</h2>
        <Invitations invitations={session.invitations} />
        {viewer.may.recordCoachingAttendance && (
          <details className="attendance">
            <summary data-testid="attendance-open">{t('coaching.recordAttendance')}</summary>
            <AttendanceForm session={session} />
          </details>
        )}
      </section>
      <section className="section" aria-labelledby={followUpsId}>
        <h2 id={followUpsId}>{t('coaching.followUps')}</h2>
        {session.followUps.length === 0 ? (
          <p className="empty-state">{t('coaching.noFollowUps')}</p>
        ) : (
          <ul className="follow-up-list">
            {session.followUps.map((followUp) => (
              <li key={followUp.id}>
                <FollowUpCard followUp={followUp} showUnit>
                  <FollowUpActions followUp={followUp} />
                </FollowUpCard>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
