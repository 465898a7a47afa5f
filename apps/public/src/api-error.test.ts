import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { errorText } from './api-error';
import { messages } from './messages';

const graphQLError = (message: string, code: string) =>
  Object.assign(new Error(message), { errors: [{ message, extensions: { code } }] });

describe('a failed request in the reader’s words', () => {
  const t = translator('id', messages);

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

  it('says a refusal by its reason when the refusal carries the numbers its sentence needs', () => {
    const refused = (message: string, extensions: Record<string, unknown>) =>
      Object.assign(new Error(message), {
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } }],
      });
    const pageSize = refused('first must be between 1 and 100 (got 500)', {
      field: 'first',
      reason: 'PAGE_SIZE',
      min: 1,
      max: 100,
    });
    expect(errorText(pageSize, t)).toBe('Jumlah per halaman harus 1–100.');
    expect(errorText(refused('regionCode must look like "64"', { reason: 'INVALID_REGION' }), t)).toBe(
      'Kode wilayah harus seperti 64, 64.71 atau 64.71.01.',
    );
    expect(errorText(refused('year must be 2000 or later', { reason: 'BELOW_MINIMUM', min: 2000 }), t)).toBe(
      'Paling kecil 2000.',
    );
    expect(errorText(refused('first must be between 1 and 100', { reason: 'PAGE_SIZE' }), t)).toBe(
      'first must be between 1 and 100',
    );
    // A reason only the portal receives has no sentence here: the API's own message.
    expect(errorText(refused('a.pdf: the file is empty.', { reason: 'FILE_EMPTY', name: 'a.pdf' }), t)).toBe(
      'a.pdf: the file is empty.',
    );
    expect(errorText(refused('Something new.', { reason: 'SOMETHING_NEW' }), t)).toBe('Something new.');
  });
});
