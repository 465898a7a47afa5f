import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';
import { normalizeVerificationCode } from './pact.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const VERIFY =
  'query($code: String!) { verifyPact(code: $code) { verificationCode signedOn leaderName unit { name } } }';

describe('pact verification', () => {
  it('forgives case, spaces and missing dashes in a typed code', () => {
    expect(normalizeVerificationCode('pi 7y9d cb2z')).toBe('PI-7Y9D-CB2Z');
    expect(normalizeVerificationCode('7Y9DCB2Z')).toBe('PI-7Y9D-CB2Z');
    expect(normalizeVerificationCode('PI-7Y9D')).toBeNull();
    expect(normalizeVerificationCode('')).toBeNull();
  });

  it('finds a registered pact with its unit, however the code is typed', async () => {
    const [row] = (await app.dataSource.query(
      'SELECT verification_code FROM pact ORDER BY signed_on LIMIT 1',
    )) as {
      verification_code: string;
    }[];
    const code = row?.verification_code ?? '';
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const result = await graphql(`${app.url}/graphql`, VERIFY, { code: typed });
    expect(result.data?.verifyPact).toMatchObject({
      verificationCode: code,
      unit: { name: expect.any(String) },
    });
  });

  it('answers null, not an error, for an unknown or malformed code', async () => {
    for (const code of ['PI-0000-0000', 'hello', 'x'.repeat(500)]) {
      const result = await graphql(`${app.url}/graphql`, VERIFY, { code });
      expect(result.errors).toBeUndefined();
      expect(result.data?.verifyPact).toBeNull();
    }
  });
});
