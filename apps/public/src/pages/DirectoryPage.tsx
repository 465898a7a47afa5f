import { useQuery } from '@apollo/client/react';
import { DirectoryUnitsDocument, InstansiOptionsDocument, RegionOptionsDocument } from '@zi/schema/public';
import { ErrorMessage, FilterBar, ListResults, unitListVariables, useT, useUnitListParams } from '@zi/ui';
import { errorText } from '../api-error';
import { UnitTable } from '../directory/UnitTable';
import { provincesOf } from '../statistics/regions';
import { usePageMeta } from '../usePageMeta';

export function DirectoryPage() {
  const t = useT();
  usePageMeta(t('directory.title'), t('directory.description'));
  const { params, setFilters, goToPage } = useUnitListParams();
  const instansi = useQuery(InstansiOptionsDocument);
  const { data, error, refetch } = useQuery(DirectoryUnitsDocument, { variables: unitListVariables(params) });
  const regionOptions = useQuery(RegionOptionsDocument);
  const regions = provincesOf(regionOptions.data?.statistics.byRegion ?? []).map(({ code, name }) => ({
    value: code,
    label: name ? `${code} · ${name}` : code,
  }));

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="page-intro">{t('directory.intro')}</p>
      <FilterBar
        filters={params}
        onChange={setFilters}
        instansiOptions={instansi.data?.instansiList}
        regionOptions={regions}
      />
      <ListResults
        label={t('directory.caption')}
        connection={data?.units}
        error={error && <ErrorMessage message={errorText(error, t)} onRetry={() => void refetch()} />}
        after={params.after}
        onPage={goToPage}
      >
        {(units) => <UnitTable units={units} />}
      </ListResults>
    </>
  );
}
