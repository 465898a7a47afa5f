import { useQuery } from '@apollo/client/react';
import { MatchingUnitCountDocument, type UnitFilter } from '@zi/schema/admin';
import { useT } from '@zi/ui';

/** How many active units a kind and region select, announced as the choice changes. */
export function MatchingUnits({ filter }: { filter: UnitFilter | null }) {
  const t = useT();
  const { data, loading } = useQuery(MatchingUnitCountDocument, {
    variables: { filter: filter ?? {} },
    skip: filter === null,
  });
  let text = '';
  if (filter && loading) text = t('assign.counting');
  else if (filter && data) text = t('assign.matching', { count: data.units.totalCount });
  return (
    <p className="total-count" aria-live="polite" data-testid="assign-matching">
      {text}
    </p>
  );
}
