import { useQuery } from '@apollo/client/react';
import { InstansiInRegionDocument, RegionOptionsDocument, StatisticsDocument } from '@zi/schema/public';
import { ErrorMessage, Loading, useT } from '@zi/ui';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { errorText } from '../api-error';
import { KeyFigures } from '../statistics/KeyFigures';
import { instansiWithUnits, provincesOf } from '../statistics/regions';
import { StatBlock } from '../statistics/StatBlock';
import { StatisticsFilters } from '../statistics/StatisticsFilters';
import {
  instansiSection,
  keyFigures,
  predicateSection,
  regionSection,
  stageSection,
  yearSection,
} from '../statistics/stat-sections';
import {
  parseStatisticsParams,
  type StatisticsParams,
  statisticsFilter,
  statisticsSearch,
} from '../statistics/statistics-params';
import { usePageMeta } from '../usePageMeta';

export function StatisticsPage() {
  const t = useT();
  usePageMeta(t('stats.title'), t('stats.description'));
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseStatisticsParams(search), [search]);
  const regions = useQuery(RegionOptionsDocument);
  const inRegion = useQuery(InstansiInRegionDocument, { variables: { regionCode: params.region } });
  const { data, previousData, error, refetch } = useQuery(StatisticsDocument, {
    variables: { filter: statisticsFilter(params) },
  });
  // While a new scope loads, the previous counts stay on screen instead of a blank page.
  const stats = data?.statistics ?? previousData?.statistics;
  const provinces = provincesOf(regions.data?.statistics.byRegion ?? []);
  const instansiOptions = instansiWithUnits(inRegion.data?.statistics.byInstansi ?? []);
  const onChange = (next: StatisticsParams) =>
    setSearch(statisticsSearch(next), { preventScrollReset: true, flushSync: true });
  // An instansi with no unit in the chosen region would leave nothing to count: once the API has
  // said which instansi have units there, one that has none is dropped from the scope.
  const withUnits = inRegion.loading ? undefined : inRegion.data?.statistics.byInstansi;
  useEffect(() => {
    if (!withUnits || !params.instansi) return;
    if (withUnits.some((row) => row.instansi.id === params.instansi)) return;
    setSearch(statisticsSearch({ ...params, instansi: null }), { replace: true, preventScrollReset: true });
  }, [withUnits, params, setSearch]);

  let content = null;
  if (error) {
    content = <ErrorMessage message={errorText(error, t)} onRetry={() => void refetch()} />;
  } else if (!stats) {
    content = <Loading />;
  } else {
    const sections = [
      stageSection(stats, t),
      predicateSection(stats, t),
      instansiSection(stats, t),
      regionSection(stats, t),
      yearSection(stats, t),
    ];
    content = (
      <div aria-busy={!data}>
        <KeyFigures figures={keyFigures(stats)} />
        {sections.map((section) => (
          <StatBlock key={section.id} section={section} />
        ))}
      </div>
    );
  }

  return (
    <>
      <h1>{t('stats.title')}</h1>
      <p className="page-intro">{t('stats.intro')}</p>
      <StatisticsFilters
        params={params}
        provinces={provinces}
        instansiOptions={instansiOptions}
        onChange={onChange}
      />
      {content}
    </>
  );
}
