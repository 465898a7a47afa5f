import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The admin GraphQL API; the httpOnly session cookie (path /admin) rides along on the same origin. */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/admin/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    typePolicies: {
      // A layer and its score have no ID of their own; the units list and the worksheet each ask
      // for a part of them, and the parts must add up rather than replace each other.
      AssessmentLayer: { merge: true },
      LayerScore: { merge: true },
      // What the viewer may do with an assessment is asked in parts too (the worksheet's, and the
      // documents' refetched after each issue): the parts add up.
      AssessmentViewerMay: { merge: true },
      // A rule's `id` ("total", "area1") names the rule within its target, not one object: WBK's and
      // WBBM's "total" would otherwise share one cache entry, and one threshold.
      RuleResult: { keyFields: false },
    },
  }),
});
