import { useQuery } from '@apollo/client/react';
import { type LatePlanItemFragment, LatePlanItemsDocument, type LatePlanItemsQuery } from '@zi/schema/admin';
import { type Column, DataTable, Loading, oneOf, SelectField, useT } from '@zi/ui';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { ConnectionPager } from '../components/ConnectionPager';
import { quarterName } from '../monitoring/quarters';
import { CHANGE_AREAS } from '../registry/enum-values';
import { type LateParams, parseLateParams, planSearch, withLateParams } from './action-plan';
import { PlanStatusBadge } from './PlanStatusBadge';

const LATE_PAGE_SIZE = 20;

/** The late activities of every unit in the viewer's scope, by area, for the Inspektorat to follow up. */
export function LatePlanItems() {
  const t = useT();
  const headingId = useId();
  const [search, setSearch] = useSearchParams();
  const params = parseLateParams(search);
  // Asked again on each visit: progress recorded in a unit's plan takes its activities off the list.
  const { data, previousData, error, refetch } = useQuery(LatePlanItemsDocument, {
    variables: { first: LATE_PAGE_SIZE, after: params.after, area: params.area },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.latePlanItems;
  const show = (patch: Partial<LateParams>) =>
    setSearch(withLateParams(search, { ...params, after: null, ...patch }), { preventScrollReset: true });

  let results = <Loading />;
  if (error) results = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (connection) {
    results = (
      <LatePlanList connection={connection} after={params.after} onPage={(after) => show({ after })} />
    );
  }
  return (
    <section className="late-plans" aria-labelledby={headingId} data-testid="late-plans">
      <h2 id={headingId}>{t('actionPlan.lateTitle')}</h2>
      <p className="muted">{t('actionPlan.lateIntro')}</p>
      <div className="late-plans__filters">
        <SelectField
          label={t('actionPlan.area')}
          testId="late-area"
          anyLabel={t('actionPlan.allAreas')}
          value={params.area ?? ''}
          options={CHANGE_AREAS.map((area) => ({ value: area, label: t(`changeArea.${area}`) }))}
          onChange={(value) => show({ area: oneOf(CHANGE_AREAS, value) })}
        />
      </div>
      {results}
    </section>
  );
}

interface LatePlanListProps {
  connection: LatePlanItemsQuery['latePlanItems'];
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
  onPage: (after: string | null) => void;
}

/** One page of late activities, each unit's name opening its plan of the activity's year. */
export function LatePlanList({ connection, after, onPage }: LatePlanListProps) {
  const t = useT();
  const columns: Column<LatePlanItemFragment>[] = [
    {
      key: 'unit',
      header: t('actionPlan.unit'),
      cell: (item) => (
        <Link
          to={{ search: planSearch({ unit: item.unit.id, year: item.year }).toString() }}
          data-testid="late-unit"
        >
          {item.unit.name}
        </Link>
      ),
    },
    { key: 'area', header: t('actionPlan.area'), cell: (item) => t(`changeArea.${item.area}`) },
    { key: 'activity', header: t('actionPlan.activity'), cell: (item) => item.activity },
    {
      key: 'quarter',
      header: t('actionPlan.targetQuarter'),
      cell: (item) => quarterName(t, { year: item.year, quarter: item.targetQuarter }),
    },
    { key: 'person', header: t('actionPlan.personInCharge'), cell: (item) => item.personInCharge },
    {
      key: 'status',
      header: t('actionPlan.status'),
      cell: (item) => <PlanStatusBadge status={item.status} late={item.late} />,
    },
    {
      key: 'quartersLate',
      header: t('actionPlan.quartersLate'),
      numeric: true,
      cell: (item) => item.quartersLate,
    },
  ];
  return (
    <>
      <p className="total-count" aria-live="polite" data-testid="late-count">
        {t('actionPlan.lateTotal', { count: connection.totalCount })}
      </p>
      {connection.nodes.length === 0 ? (
        <p className="empty-state" data-testid="late-empty">
          {t('actionPlan.lateEmpty')}
        </p>
      ) : (
        <DataTable
          caption={t('actionPlan.lateTitle')}
          columns={columns}
          rows={connection.nodes}
          rowKey={(item) => item.id}
          rowTestId="late-item"
        />
      )}
      <ConnectionPager pageInfo={connection.pageInfo} after={after} onPage={onPage} />
    </>
  );
}
