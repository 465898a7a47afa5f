import { useApolloClient, useQuery } from '@apollo/client/react';
import { InstansiInRegionDocument, RegionOptionsDocument, StatisticsDocument } from '@zi/schema/public';
import { ErrorMessage, errorText, Loading, useT } from '@zi/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
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
  const client = useApolloClient();
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
  // An instansi with no unit in the new region would leave nothing to count: the API says which have.
  const onRegionChange = async (region: string | null) => {
    const { data: options } = await client.query({
      query: InstansiInRegionDocument,
      variables: { regionCode: region },
    });
    const keep = options?.statistics.byInstansi.some((row) => row.instansi.id === params.instansi);
    onChange({ region, instansi: keep ? params.instansi : null });
  };

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
        onRegionChange={(region) => void onRegionChange(region)}
        onChange={onChange}
      />
      {content}
    </>
  );
}
