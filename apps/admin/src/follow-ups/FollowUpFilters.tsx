import { useQuery } from '@apollo/client/react';
import { MonitoringRoundsDocument } from '@zi/schema/admin';
import { SelectField, useT } from '@zi/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { UnitPicker } from '../action-plans/UnitPicker';
import { quarterName } from '../monitoring/quarters';
import { FOLLOW_UP_VIEWS, type FollowUpParams, followUpSearch } from './follow-up-params';

interface FollowUpFiltersProps {
  params: FollowUpParams;
  /** Whether the viewer sees more than their own unit, and so may pick one. */
  pickUnit: boolean;
  onChange: (patch: Partial<FollowUpParams>) => void;
}

/** Which follow-ups to list: a view by status, a round's, and for the Inspektorat one unit's. */
export function FollowUpFilters({ params, pickUnit, onChange }: FollowUpFiltersProps) {
  const t = useT();
  const headingId = useId();
  const rounds = useQuery(MonitoringRoundsDocument).data?.monitoringRounds ?? [];
  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('followUps.filters')}
      </h2>
      <nav className="segmented follow-up-views" aria-label={t('followUps.views')}>
        {FOLLOW_UP_VIEWS.map((view) => (
          <Link
            key={view}
            className="segmented__item"
            to={{ search: followUpSearch({ ...params, view, after: null }).toString() }}
            aria-current={params.view === view ? 'page' : undefined}
            data-testid={`view-${view}`}
          >
            {t(`followUps.view.${view}`)}
          </Link>
        ))}
      </nav>
      <div className="follow-up-filters__round">
        <SelectField
          label={t('followUps.round')}
          testId="filter-round"
          anyLabel={t('followUps.anyRound')}
          value={params.round ?? ''}
          options={rounds.map((round) => ({ value: round.id, label: quarterName(t, round) }))}
          onChange={(value) => onChange({ round: value || null })}
        />
      </div>
      {pickUnit && (
        <UnitPicker
          label={t('followUps.unitFilter')}
          unitId={params.unit}
          clearLabel={t('followUps.allUnits')}
          onChange={(unit) => onChange({ unit })}
        />
      )}
    </section>
  );
}
