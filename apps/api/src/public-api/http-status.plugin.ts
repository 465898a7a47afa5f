import type { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy type) should get
 * 200 for a document it sent wrong (parse, validation, variables), with the errors in the body.
 * Clients accepting `application/graphql-response+json` keep Apollo's 4xx. Limits keep their 429.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept') ?? '';
    const legacy =
      accept.includes('application/json') && !accept.includes('application/graphql-response+json');
    return {
      async willSendResponse({ response }) {
        if (legacy && response.http.status === 400) response.http.status = 200;
      },
    };
  },
};
