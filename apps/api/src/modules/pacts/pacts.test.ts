import { VerifyPactDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';
import { normalizeVerificationCode } from './pact.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

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
    const result = await graphql(`${app.url}/graphql`, VerifyPactDocument, { code: typed });
    expect(result.data?.verifyPact).toMatchObject({
      verificationCode: code,
      unit: { name: expect.any(String) },
    });
  });

  it('answers null, not an error, for an unknown or malformed code', async () => {
    for (const code of ['PI-0000-0000', 'hello', 'x'.repeat(500)]) {
      const result = await graphql(`${app.url}/graphql`, VerifyPactDocument, { code });
      expect(result.errors).toBeUndefined();
      expect(result.data?.verifyPact).toBeNull();
    }
  });
});

// Inline: the public site lists no pacts (it verifies one by its code); this list is the public API's, for
// other clients.
const PACTS = `query($first: Int, $after: String, $filter: PactFilter, $orderBy: PactOrder) {
  pacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { signedOn signatoryCount leaderName unit { name } } pageInfo { hasNextPage endCursor } } }`;

type PactsData = {
  pacts: {
    totalCount: number;
    nodes: Array<{ signedOn: string; signatoryCount: number; leaderName: string; unit: { name: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('the pacts list', () => {
  const pacts = (variables: Record<string, unknown>) =>
    graphql<PactsData>(`${app.url}/graphql`, PACTS, variables);

  it('lists every pact newest first and pages through them', async () => {
    const first = (await pacts({ first: 20 })).data?.pacts;
    expect(first?.totalCount).toBe(31);
    const dates = first?.nodes.map((pact) => pact.signedOn) ?? [];
    expect(dates).toHaveLength(20);
    expect(dates).toEqual([...dates].sort().reverse());
    const rest = (await pacts({ first: 20, after: first?.pageInfo.endCursor })).data?.pacts;
    expect(rest?.nodes).toHaveLength(11);
    expect(rest?.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by year and by words in the unit or leader name, and orders by signatories', async () => {
    const thisYear = (await pacts({ filter: { year: 2026 } })).data?.pacts;
    expect(new Set(thisYear?.nodes.map((pact) => pact.signedOn.slice(0, 4)))).toEqual(new Set(['2026']));
    const hospital = (await pacts({ filter: { search: 'rsud bukit' } })).data?.pacts;
    expect(new Set(hospital?.nodes.map((pact) => pact.unit.name))).toEqual(new Set(['RSUD Bukit Hijau']));
    const largest = (await pacts({ first: 5, orderBy: { field: 'SIGNATORY_COUNT', direction: 'DESC' } })).data
      ?.pacts;
    const counts = largest?.nodes.map((pact) => pact.signatoryCount) ?? [];
    expect(counts).toHaveLength(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('finds a unit’s pacts by the acronym it goes by, as the unit search does', async () => {
    const dpmptsp = (await pacts({ filter: { search: 'DPMPTSP' } })).data?.pacts;
    expect(dpmptsp?.totalCount).toBeGreaterThan(0);
    expect(new Set(dpmptsp?.nodes.map((pact) => pact.unit.name))).toEqual(
      new Set(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']),
    );
  });

  it('names the field of bad input', async () => {
    const result = await pacts({ filter: { year: 1990 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.year' });
  });
});
