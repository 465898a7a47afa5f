import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { generateRegistry } from '../../test/registry-data.js';
import { PredicateKind } from './predicate.entity.js';
import {
  activePredicateOf,
  everAwarded,
  HELD_PREDICATE,
  heldKinds,
  UNIT_PREDICATE_STATUS,
} from './predicate-rules.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await generateRegistry(app.dataSource, 11, 80);
});
afterAll(() => app.close());

type Row = { unitId: string; kind: PredicateKind; revokedOn: string | null; held: boolean };

describe('the predicate rules', () => {
  it('rank WBBM over WBK and forget revoked predicates', () => {
    const wbk = { kind: PredicateKind.WBK, revokedOn: null };
    const wbbm = { kind: PredicateKind.WBBM, revokedOn: null };
    const revokedWbbm = { kind: PredicateKind.WBBM, revokedOn: '2025-03-01' };
    expect(activePredicateOf([wbk, wbbm])).toBe(PredicateKind.WBBM);
    expect(activePredicateOf([wbk, revokedWbbm])).toBe(PredicateKind.WBK);
    expect(activePredicateOf([revokedWbbm])).toBeNull();
    expect(heldKinds([wbbm, wbk, wbk])).toEqual([PredicateKind.WBK, PredicateKind.WBBM]);
    expect(everAwarded([revokedWbbm], PredicateKind.WBBM)).toBe(true);
  });

  it('say the same in SQL and in TypeScript for every generated unit', async () => {
    const rows = (await app.dataSource.query(
      `SELECT p.unit_id AS "unitId", p.kind, p.revoked_on::text AS "revokedOn",
              EXISTS (SELECT 1 FROM ${HELD_PREDICATE} h WHERE h.id = p.id) AS held
       FROM predicate p`,
    )) as Row[];
    const statuses = (await app.dataSource.query(
      `SELECT unit_id AS "unitId", active_predicate AS active, ever_wbk AS "everWbk", ever_wbbm AS "everWbbm",
              revoked_predicates AS revoked
       FROM ${UNIT_PREDICATE_STATUS}`,
    )) as Array<{
      unitId: string;
      active: string | null;
      everWbk: boolean;
      everWbbm: boolean;
      revoked: number;
    }>;
    const byUnit = new Map<string, Row[]>();
    for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
    expect(statuses).toHaveLength(byUnit.size);
    const actives = new Set<string | null>();
    for (const status of statuses) {
      const predicates = byUnit.get(status.unitId) ?? [];
      for (const row of predicates) expect(row.held).toBe(row.revokedOn === null);
      expect(status.active).toBe(activePredicateOf(predicates));
      expect(status.everWbk).toBe(everAwarded(predicates, PredicateKind.WBK));
      expect(status.everWbbm).toBe(everAwarded(predicates, PredicateKind.WBBM));
      expect(status.revoked).toBe(predicates.length - heldKinds(predicates).length);
      actives.add(status.active);
    }
    // The generated data holds every case: WBK, WBBM (upgraded from WBK) and revoked to nothing.
    expect(actives).toEqual(new Set(['wbk', 'wbbm', null]));
  });
});
