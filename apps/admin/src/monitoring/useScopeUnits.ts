import { useApolloClient } from '@apollo/client/react';
import {
  MonitoringScopeUnitsDocument,
  type MonitoringScopeUnitsQuery,
  type UnitFilter,
} from '@zi/schema/admin';
import { useCallback, useEffect, useState } from 'react';
import type { ScopeUnit } from './round-grid';

/** The most units the API gives per page. */
const PAGE = 100;

/**
 * The units in the viewer's scope, page after page: a round needs only those building ZI (the
 * units it judged or found something at come with the round), a session may invite any unit.
 */
export function useScopeUnits(filter: UnitFilter | null = null) {
  const client = useApolloClient();
  const [units, setUnits] = useState<ScopeUnit[] | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const load = useCallback(async () => {
    const all: ScopeUnit[] = [];
    let after: string | null = null;
    do {
      const { data }: { data?: MonitoringScopeUnitsQuery } = await client.query({
        query: MonitoringScopeUnitsDocument,
        variables: { first: PAGE, after, filter },
      });
      if (!data) break;
      all.push(...data.units.nodes);
      after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    return all;
  }, [client, filter]);

  const run = useCallback(
    (isCurrent: () => boolean) => {
      setError(null);
      load().then(
        (loaded) => isCurrent() && setUnits(loaded),
        (failure: unknown) =>
          isCurrent() && setError(failure instanceof Error ? failure : new Error(String(failure))),
      );
    },
    [load],
  );

  useEffect(() => {
    let current = true;
    run(() => current);
    return () => {
      current = false;
    };
  }, [run]);

  const reload = useCallback(() => run(() => true), [run]);
  return { units, error, reload };
}
