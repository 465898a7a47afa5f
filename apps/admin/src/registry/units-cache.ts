import type { ApolloCache } from '@apollo/client';

/**
 * Forgets every list of units read so far: a unit registered, edited, archived, restored, imported
 * or assigned can move in or out of any of them. Lists on screen ask the API again.
 */
export function forgetUnitLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'units' });
  cache.gc();
}
