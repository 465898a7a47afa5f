import { AssessmentDocumentsDocument } from '@zi/schema/admin';

/** The assessment's documents and what the viewer may do with them now, as the server decides. */
export const documentsQuery = (assessmentId: string) => ({
  query: AssessmentDocumentsDocument,
  variables: { id: assessmentId },
});

/**
 * After a document is issued, revised or assembled: the assessment's documents and what the viewer
 * may do with them now, read again from the server, which alone decides them (no copy of the rule
 * here). Apollo merges the answer into the assessment the workflow panel shows.
 */
export const documentsRefetched = (assessmentId: string) => ({
  refetchQueries: [documentsQuery(assessmentId)],
  awaitRefetchQueries: true,
});
