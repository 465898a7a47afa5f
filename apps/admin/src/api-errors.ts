import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * A refusal as the API words it: its English message, and its `extensions`, which carry the code,
 * the stable `reason` with the values its sentence needs, and the input `field` when it names one.
 */
export interface ApiRefusal {
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The API's first refusal in an error; any other failure (the network, say) by its own message. */
export function refusalOf(error: unknown): ApiRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    return { message: first?.message ?? error.message, extensions: first?.extensions ?? {} };
  }
  return { message: error instanceof Error ? error.message : String(error), extensions: {} };
}

/** The refusal in a JSON error body of the API's plain HTTP routes (uploads, imports), else the status. */
export function refusalOfBody(status: number, body: string): ApiRefusal {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: unknown; extensions?: unknown }[] };
    const error = parsed.errors?.[0];
    if (typeof error?.message === 'string') {
      return { message: error.message, extensions: isRecord(error.extensions) ? error.extensions : {} };
    }
  } catch {
    // Not the API's JSON: a proxy's error page, say.
  }
  return { message: `HTTP ${status}`, extensions: {} };
}

/**
 * The API's reason for refusing input, and the input field it names in `extensions.field` (such as
 * "reviewUntil"), so a form can show it beside that field; anything else is a refusal without one.
 */
export function inputErrorOf(error: unknown): { field: string | null; refusal: ApiRefusal } {
  const { path, refusal } = refusalAt(error);
  return { field: path?.split('.').pop() ?? null, refusal };
}

/**
 * A refusal and the whole input path it names (`recommendations.0.followUps.1.dueOn`), so a form of
 * nested rows can show it beside the one field; the path is null when the refusal names none.
 */
export function refusalAt(error: unknown): { path: string | null; refusal: ApiRefusal } {
  const refusal = refusalOf(error);
  const field = refusal.extensions.field;
  return { path: typeof field === 'string' ? field : null, refusal };
}
