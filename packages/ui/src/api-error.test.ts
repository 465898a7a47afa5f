import { describe, expect, it } from 'vitest';
import { errorText, hasErrorCode } from './api-error';
import { translator } from './i18n/translate';

const graphQLError = (message: string, code: string) =>
  Object.assign(new Error(message), { errors: [{ message, extensions: { code } }] });

describe('a failed request in the reader’s words', () => {
  const t = translator('id', { id: {}, en: {} });

  it('says a server fault, a rate limit or a lost connection in Indonesian', () => {
    expect(
      errorText(graphQLError('Internal server error. It has been logged.', 'INTERNAL_SERVER_ERROR'), t),
    ).toBe('Terjadi kesalahan di server. Kesalahan ini sudah dicatat; coba lagi sebentar lagi.');
    expect(errorText(graphQLError('Slow down.', 'TOO_MANY_REQUESTS'), t)).toMatch(
      /^Terlalu banyak permintaan/,
    );
    expect(errorText(new TypeError('Failed to fetch'), t)).toMatch(/^Server tidak dapat dihubungi/);
    expect(errorText(graphQLError('The server is too busy.', 'SERVICE_UNAVAILABLE'), t)).toBe(
      'Server sedang sangat sibuk. Tidak ada yang berubah; coba lagi sebentar lagi.',
    );
  });

  it('keeps the API’s own message for what it names', () => {
    expect(errorText(graphQLError('first must be between 1 and 100', 'BAD_USER_INPUT'), t)).toBe(
      'first must be between 1 and 100',
    );
  });
});

describe('hasErrorCode', () => {
  it('finds the code among the GraphQL errors of a response', () => {
    const error = graphQLError('id is not a valid ID', 'BAD_USER_INPUT');
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
  });

  it('is false for errors that are not GraphQL errors', () => {
    expect(hasErrorCode(new Error('Failed to fetch'), 'BAD_USER_INPUT')).toBe(false);
  });
});
