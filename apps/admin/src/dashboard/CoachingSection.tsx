import { BarChart, type Column, DataTable, formatNumber, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { coachedPercent, coachingChart } from './coaching';
import { DashboardSection } from './DashboardSection';
import { DataDetails } from './DataDetails';
import type { DashboardScope } from './dashboard-params';
import type { Coaching } from './dashboard-types';
import { csvHref } from './downloads';
import { ShownOf } from './ShownOf';
import { UnitLink } from './UnitLink';

type Bar = ReturnType<typeof coachingChart>['bars'][number];

/** How many units building ZI were coached this year, and which never were. */
export function CoachingSection({ coaching, scope }: { coaching: Coaching; scope: DashboardScope }) {
  const t = useT();
  const [locale] = useLocale();
  const listId = useId();
  const year = String(scope.year);
  const title = t('dashboard.coaching.title');
  const chart = coachingChart(coaching, scope.year, t);
  const never = coaching.zoneUnits - coaching.coached;
  const columns: Column<Bar>[] = [
    { key: 'group', header: t('dashboard.coaching.group'), cell: (bar) => bar.label },
    {
      key: 'units',
      header: t('dashboard.units'),
      numeric: true,
      cell: (bar) => formatNumber(bar.values[0] ?? 0, locale),
    },
  ];
  return (
    <DashboardSection
      table="coaching"
      title={title}
      intro={t('dashboard.coaching.intro', { year })}
      csv={csvHref('coaching', scope, locale)}
    >
      {coaching.zoneUnits === 0 ? (
        <p className="empty-state" data-testid="coaching-empty">
          {t('dashboard.coaching.empty')}
        </p>
      ) : (
        <>
          <p className="dashboard-lead" data-testid="coaching-share">
            {t('dashboard.coaching.share', {
              coached: coaching.coached,
              total: coaching.zoneUnits,
              percent: coachedPercent(coaching),
            })}
          </p>
          <div className="card">
            <BarChart chart={chart} />
          </div>
          <DataDetails label={title}>
            <DataTable caption={chart.title} columns={columns} rows={chart.bars} rowKey={(bar) => bar.key} />
          </DataDetails>
          <h3 id={listId} className="dashboard-subheading">
            {t('dashboard.coaching.neverTitle', { year })}
          </h3>
          {never === 0 ? (
            <p className="muted">{t('dashboard.coaching.allCoached', { year })}</p>
          ) : (
            <>
              <ul className="never-coached" aria-labelledby={listId} data-testid="never-coached">
                {coaching.neverCoached.map((unit) => (
                  <li key={unit.id}>
                    <UnitLink unit={unit} />
                  </li>
                ))}
              </ul>
              <ShownOf shown={coaching.neverCoached.length} total={never} />
            </>
          )}
        </>
      )}
    </DashboardSection>
  );
}
