type Extensions = Readonly<Record<string, unknown>>;

/** A failed request the API answered: GraphQL's errors, each with its `extensions`. */
export interface GraphQLErrors {
  errors: ReadonlyArray<{ extensions?: Extensions }>;
}

export const hasGraphQLErrors = (error: unknown): error is GraphQLErrors =>
  typeof error === 'object' && error !== null && Array.isArray((error as GraphQLErrors).errors);

/** Whether the API answered with a GraphQL error carrying this `extensions.code`. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return hasGraphQLErrors(error) && error.errors.some((item) => item.extensions?.code === code);
}
