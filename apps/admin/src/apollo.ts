import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The admin GraphQL API; the httpOnly session cookie (path /admin) rides along on the same origin. */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/admin/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
});
