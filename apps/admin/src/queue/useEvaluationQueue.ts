import { useApolloClient } from '@apollo/client/react';
import { EvaluationQueueDocument, type EvaluationQueueQuery } from '@zi/schema/admin';
import { useCallback, useEffect, useState } from 'react';

/** The most units the API gives per page. */
const PAGE = 100;

type Units = EvaluationQueueQuery['units']['nodes'];

/**
 * Every unit in the viewer's scope with its worksheet of the year, page after page: the queue is
 * ordered by activity, which the API cannot sort units by.
 */
export function useEvaluationQueue(year: number) {
  const client = useApolloClient();
  const [units, setUnits] = useState<Units | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const load = useCallback(async () => {
    const all: Units[number][] = [];
    let after: string | null = null;
    do {
      const { data }: { data?: EvaluationQueueQuery } = await client.query({
        query: EvaluationQueueDocument,
        variables: { first: PAGE, after, year },
        fetchPolicy: 'network-only',
      });
      if (!data) break;
      all.push(...data.units.nodes);
      after = data.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    return all;
  }, [client, year]);

  const reload = useCallback(() => {
    setError(null);
    load().then(setUnits, (failure: unknown) =>
      setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
  }, [load]);

  useEffect(() => {
    let current = true;
    setUnits(null);
    load().then(
      (loaded) => current && setUnits(loaded),
      (failure: unknown) =>
        current && setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
    return () => {
      current = false;
    };
  }, [load]);

  return { units, error, reload };
}
