import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The public GraphQL API, served from the same origin as the site. */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
});
