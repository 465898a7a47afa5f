import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';
import { RefusalReason } from './refusal-reason.js';

const NUL = '\u0000';

/** The path of the first text holding a NUL character in a request's variables, else null. */
export function nulCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulCharacterPath(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, so a value carrying one would fail in the database as a
 * server error; it is bad input, refused before any resolver runs.
 */
export const nulCharacterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const inVariables = nulCharacterPath(request.variables ?? {});
        const field = inVariables ?? (request.query?.includes('\\u0000') ? 'query' : null);
        if (field === null) return;
        throw new GraphQLError(`${field} contains a NUL character, which text cannot hold`, {
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            field,
            reason: RefusalReason.INVALID_CHARACTER,
            http: { status: 400 },
          },
        });
      },
    };
  },
};
