import { CombinedGraphQLErrors } from '@apollo/client';

/** Whether the API answered with a GraphQL error carrying this `extensions.code`. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === code);
}

/**
 * The API's reason for refusing input, and the input field it names in `extensions.field` (such as
 * "reviewUntil"), so a form can show it beside that field; anything else is a message without one.
 */
export function inputErrorOf(error: unknown): { field: string | null; message: string } {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const field = first?.extensions?.field;
    return {
      field: typeof field === 'string' ? (field.split('.').pop() ?? field) : null,
      message: first?.message ?? error.message,
    };
  }
  return { field: null, message: error instanceof Error ? error.message : String(error) };
}
