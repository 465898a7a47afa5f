import { useQuery } from '@apollo/client/react';
import { type RegistryUnitFragment, RegistryUnitsDocument } from '@zi/schema/admin';
import { FilterBar, ListResults, unitListVariables, useT, useUnitListParams } from '@zi/ui';
import { useState } from 'react';
import { ApiError } from '../ApiError';
import { ArchiveDialog } from './ArchiveDialog';
import { RegistryUnitTable } from './RegistryUnitTable';
import { UnitDialog } from './UnitDialog';

/** The instansi's active units: find, register, edit and archive them. */
export function RegistryUnits() {
  const t = useT();
  const { params, setFilters, goToPage } = useUnitListParams();
  const { data, error, refetch } = useQuery(RegistryUnitsDocument, {
    variables: { ...unitListVariables(params), archived: false },
  });
  const [editing, setEditing] = useState<RegistryUnitFragment | 'new' | null>(null);
  const [archiving, setArchiving] = useState<RegistryUnitFragment | null>(null);
  const [done, setDone] = useState('');
  // Opening a dialog clears the last action's message: it would be about another unit.
  const edit = (unit: RegistryUnitFragment | 'new') => {
    setDone('');
    setEditing(unit);
  };
  const archive = (unit: RegistryUnitFragment) => {
    setDone('');
    setArchiving(unit);
  };

  return (
    <>
      <div className="registry-toolbar">
        <button type="button" className="button" data-testid="unit-add" onClick={() => edit('new')}>
          {t('registryUnits.add')}
        </button>
        <p className="registry-done" role="status" data-testid="registry-done">
          {done}
        </p>
      </div>
      <FilterBar filters={params} onChange={setFilters} />
      <ListResults
        label={t('registryUnits.caption')}
        connection={data?.units}
        error={error && <ApiError error={error} onRetry={() => void refetch()} />}
        after={params.after}
        onPage={goToPage}
      >
        {(units) => <RegistryUnitTable units={units} onEdit={edit} onArchive={archive} />}
      </ListResults>
      <UnitDialog
        unit={editing}
        onClose={() => setEditing(null)}
        onSaved={(unit, created) => {
          setEditing(null);
          setDone(t(created ? 'registryUnits.created' : 'registryUnits.updated', { name: unit.name }));
        }}
      />
      <ArchiveDialog
        unit={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(unit) => {
          setArchiving(null);
          setDone(t('registryUnits.archived', { name: unit.name }));
        }}
      />
    </>
  );
}
