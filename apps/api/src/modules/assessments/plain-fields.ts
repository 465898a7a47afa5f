/**
 * The options of an object type whose fields are plain values: graphql-js reads each as a property
 * instead of through type-graphql's per-field resolver wrapper. A worksheet resolves thousands of
 * such fields (decision 0048). Only for types whose fields keep their property's name and need
 * nothing else; a field resolver still runs as before.
 */
export const PLAIN_FIELDS = { simpleResolvers: true } as const;
