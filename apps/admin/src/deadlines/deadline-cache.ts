import type { ApolloCache } from '@apollo/client';
import { AssessmentWindowDocument, type DeadlinesFragment } from '@zi/schema/admin';

/**
 * The fields of an assessment its deadlines decide: what the viewer may write and reopen, the
 * deadline it waits on and each layer's. Worksheets and the queue read them cache-first.
 */
const DEADLINE_FIELDS = ['editableLayers', 'viewerMay', 'deadline', 'layerDeadlines', 'window'] as const;

/** The cache ids of every assessment the cache holds ("Assessment:…"). */
function cachedAssessments(cache: ApolloCache): string[] {
  const stored = cache.extract();
  return Object.keys(typeof stored === 'object' && stored ? stored : {}).filter((id) =>
    id.startsWith('Assessment:'),
  );
}

/**
 * Keeps a year's saved deadlines and drops what they decide from every cached assessment, so each
 * query that shows one asks the API again rather than showing what the old deadlines allowed.
 */
export function storeSavedWindow(cache: ApolloCache, year: number, saved: DeadlinesFragment): void {
  cache.writeQuery({
    query: AssessmentWindowDocument,
    variables: { year },
    data: { assessmentWindow: saved },
  });
  for (const id of cachedAssessments(cache)) {
    for (const fieldName of DEADLINE_FIELDS) cache.evict({ id, fieldName });
  }
  cache.gc();
}
