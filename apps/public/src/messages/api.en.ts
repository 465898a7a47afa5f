import type { apiId } from './api.id';

export const apiEn: Record<keyof typeof apiId, string> = {
  'api.title': 'Public GraphQL API',
  'api.description':
    'How to fetch Zona Integritas registry data from the public GraphQL API: curl, JavaScript and Python examples, paging, usage limits.',
  'api.intro':
    'Everything this site shows can be fetched from the same GraphQL API: free, without sign-up, read-only, and callable from other sites (CORS open).',
  'api.endpointTitle': 'Endpoint',
  'api.endpointBody':
    'Send GraphQL queries to this address with POST (a JSON body with query and variables) or with GET (query and variables as URL parameters). GET answers can be cached.',
  'api.endpointLabel': 'Address',
  'api.bulkBody':
    'Need the whole registry at once? The open data files are faster and cost nothing from your API budget.',
  'api.bulkLink': 'Download the open data',
  'api.examplesTitle': 'Ready-to-use examples',
  'api.languageLegend': 'Show the examples in',
  'api.example.post': 'POST: units by stage',
  'api.example.postIntro': 'The most common way: send the query in a JSON body.',
  'api.example.get': 'GET with variables: checking a pact code',
  'api.example.getIntro':
    'The query and its variables go in URL parameters. The answer is `null` when no pact has that code.',
  'api.example.paging': 'Fetching every unit, page by page',
  'api.example.pagingIntro':
    'Lists use cursors: ask for at most 100 units per page (`first`), then send `pageInfo.endCursor` as `after` until `hasNextPage` is `false`. The curl example uses `jq`.',
  'api.limitsTitle': 'Usage limits',
  'api.limitCost':
    'A query costs about the number of objects it may return: a paged list such as units counts its page size (first or last; {defaultPage} by default, at most {maxPage}), a plain list such as pacts {listCost}, and each object 1. Lists inside lists multiply.',
  'api.limitQuery':
    'One query may cost at most {maxCost} points, nest at most {maxDepth} levels deep, and use at most {maxAliases} aliases.',
  'api.limitBudget':
    'Each IP address has a budget of {budget} points that refills at {refill} points per second. A typical query costs a few dozen points, so the budget covers thousands of requests.',
  'api.limitCache':
    'Answers may be cached for {seconds} seconds (Cache-Control). The same query sent with GET can be answered from a cache; automatic persisted queries are supported too.',
  'api.headersTitle': 'Headers that tell you',
  'api.header.cost': 'The cost of this query, in points.',
  'api.header.limit': 'The size of your budget.',
  'api.header.remaining': 'The budget left after this query.',
  'api.header.reset': 'Seconds until the budget is full again.',
  'api.header.retryAfter': 'Only when the budget ran out: seconds until this query can run.',
  'api.header.extensions': 'The same numbers in the JSON answer: cost, limit, budget left and refill rate.',
  'api.errorsTitle': 'Error codes and how to fix them',
  'api.errorCode': 'Code',
  'api.errorStatus': 'HTTP status',
  'api.errorMeaning': 'Meaning',
  'api.errorFix': 'What to do',
  'api.error.tooComplex': 'The query is over the cost, depth or alias limit. The message gives the numbers.',
  'api.error.tooComplexFix':
    'Ask for smaller pages (first), fewer nested lists, or split it into several queries.',
  'api.error.rateLimited': 'Your IP address has used up its budget for now.',
  'api.error.rateLimitedFix':
    'Wait the seconds given in the Retry-After header, then retry. Keep answers you already have; for all the data, download the open data files.',
  'api.error.badInput': 'An argument is not valid; extensions.field names which one.',
  'api.error.badInputFix': 'Correct that argument as the message says, e.g. first between 1 and 100.',
  'api.explorerTitle': 'Try it',
  'api.explorerBody':
    'The GraphiQL below runs queries against the same API. Press Ctrl+Space for field suggestions; the schema documentation is in the side panel.',
};
