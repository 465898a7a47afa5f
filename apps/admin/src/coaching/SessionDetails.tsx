import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import { safeHref, useT } from '@zi/ui';
import { Link } from 'react-router';
import { CoachingKindBadge } from './CoachingKindBadge';
import { SessionPlace } from './SessionTable';
import { SessionTime } from './SessionTime';

/** A session's heading and facts: what, when in Jakarta, where, the materials and the notes. */
export function SessionDetails({ session }: { session: CoachingSessionItemFragment }) {
  const t = useT();
  const materials = safeHref(session.materialsUrl);
  return (
    <header className="unit-header">
      <Link className="back-link" to="/pendampingan">
        ← {t('coaching.back')}
      </Link>
      <h1 data-testid="session-topic">{session.topic}</h1>
      <CoachingKindBadge kind={session.kind} />
      <dl className="facts session-facts">
        <div>
          <dt>{t('coaching.when')}</dt>
          <dd>
            <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
          </dd>
        </div>
        <div>
          <dt>{t('coaching.where')}</dt>
          <dd data-testid="session-place">
            <SessionPlace session={session} />
          </dd>
        </div>
        {materials && (
          <div>
            <dt>{t('coaching.materials')}</dt>
            <dd>
              <a href={materials} target="_blank" rel="noreferrer">
                {t('coaching.openMaterials')}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {session.notes && (
        <div className="session-notes">
          <p className="field__label">{t('coaching.notes')}</p>
          <p data-testid="session-notes">{session.notes}</p>
        </div>
      )}
    </header>
  );
}
