import { useMutation, useQuery } from '@apollo/client/react';
import { RegistryUnitsDocument, RestoreUnitDocument } from '@zi/schema/admin';
import { FilterBar, ListResults, unitListVariables, useT, useUnitListParams } from '@zi/ui';
import { useState } from 'react';
import { ApiError } from '../ApiError';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { ArchivedUnitTable } from './ArchivedUnitTable';
import { forgetUnitLists } from './units-cache';

/** Units taken off the lists, with when and why; restoring one brings it back. */
export function ArchivedUnits() {
  const t = useT();
  const describe = useRefusalText();
  const { params, setFilters, goToPage } = useUnitListParams();
  const { data, error, refetch } = useQuery(RegistryUnitsDocument, {
    variables: { ...unitListVariables(params), archived: true },
  });
  const [restore, restoring] = useMutation(RestoreUnitDocument, { update: forgetUnitLists });
  const [done, setDone] = useState('');
  const filtered = Boolean(
    params.q || params.stage || params.kind || params.predicate || params.region || params.year !== null,
  );
  // An empty archive is no search without results: it says so, without filters to try.
  const nothingArchived = data?.units.totalCount === 0 && !filtered;

  async function bringBack(id: string) {
    setDone('');
    const result = await restore({ variables: { id } });
    if (result.data) setDone(t('archive.restored', { name: result.data.restoreUnit.name }));
  }

  return (
    <>
      <p className="page-intro">{t('archive.intro')}</p>
      <p className="registry-done" role="status" data-testid="registry-done">
        {done}
      </p>
      {restoring.error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(restoring.error))}
        </p>
      )}
      {nothingArchived ? (
        <p className="empty-state" data-testid="archive-empty">
          {t('archive.empty')}
        </p>
      ) : (
        <>
          <FilterBar filters={params} onChange={setFilters} />
          <ListResults
            label={t('archive.caption')}
            connection={data?.units}
            error={error && <ApiError error={error} onRetry={() => void refetch()} />}
            after={params.after}
            onPage={goToPage}
          >
            {(units) => (
              <ArchivedUnitTable
                units={units}
                busy={restoring.loading}
                // The failure is shown from the mutation's `error`.
                onRestore={(unit) => void bringBack(unit.id).catch(() => undefined)}
              />
            )}
          </ListResults>
        </>
      )}
    </>
  );
}
