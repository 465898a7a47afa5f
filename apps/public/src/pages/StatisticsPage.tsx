import { useQuery } from '@apollo/client/react';
import { InstansiOptionsDocument, StatisticsDocument } from '@zi/schema/public';
import { ErrorMessage, errorText, Loading, useT } from '@zi/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { KeyFigures } from '../statistics/KeyFigures';
import { provincesOf } from '../statistics/regions';
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
import { parseStatisticsParams, statisticsFilter, statisticsSearch } from '../statistics/statistics-params';
import { usePageMeta } from '../usePageMeta';

export function StatisticsPage() {
  const t = useT();
  usePageMeta(t('stats.title'), t('stats.description'));
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseStatisticsParams(search), [search]);
  const instansi = useQuery(InstansiOptionsDocument);
  const { data, previousData, error, refetch } = useQuery(StatisticsDocument, {
    variables: { filter: statisticsFilter(params) },
  });
  // While a new scope loads, the previous counts stay on screen instead of a blank page.
  const stats = data?.statistics ?? previousData?.statistics;
  const instansiList = instansi.data?.instansiList ?? [];
  const provinces = provincesOf(instansiList);

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
      regionSection(stats, provinces, t),
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
        instansiList={instansiList}
        onChange={(next) => setSearch(statisticsSearch(next), { preventScrollReset: true, flushSync: true })}
      />
      {content}
    </>
  );
}
