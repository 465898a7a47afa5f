/**
 * The options of an object type whose fields are plain values: graphql-js reads each as a property
 * instead of through type-graphql's middleware chain, which the admin schema's global access guard
 * puts on every field though it judges root fields only (`accessGuard`). A worksheet resolves
 * thousands of such fields; the chain made each a few promises (decision 0048). Only for types
 * whose fields keep their property's name and need nothing else; a field resolver still runs as
 * before.
 */
export const PLAIN_FIELDS = { simpleResolvers: true } as const;
