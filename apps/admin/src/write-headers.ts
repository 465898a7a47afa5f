/**
 * Sent with every write to the API's plain HTTP routes (uploads, imports): a header a cross-site
 * form cannot send, without which the API refuses the write (decision 0030). GraphQL accepts it too.
 */
export const CSRF_HEADERS: Readonly<Record<string, string>> = { 'Apollo-Require-Preflight': 'true' };
