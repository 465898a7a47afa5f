import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnitInRegion, unitRowInRegionSql } from '../../modules/units/region-rule.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { EffectiveRegion1765600000000 } from './1765600000000-effective-region.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const sql = <T>(query: string, parameters: unknown[] = []) =>
  app.dataSource.query(query, parameters) as Promise<T[]>;

/** Units whose kept region is not `unit_region` of their own and their instansi's codes. */
const outOfStep = async () =>
  (
    await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM unit u JOIN instansi i ON i.id = u.instansi_id
       WHERE u.effective_region IS DISTINCT FROM unit_region(u.region_code, i.region_code)`,
    )
  )[0]?.n;

async function instansi(name: string, kind: string, regionCode: string | null): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO instansi (name, kind, region_code) VALUES ($1, $2, $3) RETURNING id`,
    [name, kind, regionCode],
  );
  return row?.id ?? '';
}

async function unit(instansiId: string, name: string, regionCode: string | null): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO unit (instansi_id, name, kind, region_code) VALUES ($1, $2, 'dinas', $3) RETURNING id`,
    [instansiId, name, regionCode],
  );
  return row?.id ?? '';
}

const REGIONS = ['99', '99.01', '64', '64.71', '64.7', '65', '66.01', '6'];

describe('the region each unit keeps (decision 0038)', () => {
  it('follows every write to a unit and to its instansi', async () => {
    const kota = await instansi('Kota Uji', 'city', '64.71');
    const provinsi = await instansi('Provinsi Uji', 'province', '65');
    const kementerian = await instansi('Kementerian Uji', 'ministry', null);
    const plain = await unit(kota, 'Dinas Uji Tanpa Kode', null);
    const own = await unit(kota, 'Dinas Uji Berkode', '64.71.01');
    await unit(kementerian, 'Balai Uji', '66.01');
    await unit(kementerian, 'Biro Uji', null);
    expect(await outOfStep()).toBe(0);

    const steps = [
      ['UPDATE unit SET region_code = NULL WHERE id = $1', [own]],
      ['UPDATE unit SET instansi_id = $2 WHERE id = $1', [plain, provinsi]],
      ['UPDATE instansi SET region_code = $2 WHERE id = $1', [kota, '64.72']],
      ['UPDATE instansi SET region_code = $2 WHERE id = $1', [kementerian, '67']],
      ['UPDATE instansi SET region_code = NULL WHERE id = $1', [kementerian]],
      ["UPDATE unit SET effective_region = '11' WHERE id = $1", [own]],
    ] as const;
    for (const [statement, parameters] of steps) {
      await sql(statement, [...parameters]);
      expect(await outOfStep(), statement).toBe(0);
    }
  });

  it('is filled for the units already stored when the migration runs', async () => {
    const runner = app.dataSource.createQueryRunner();
    try {
      await new EffectiveRegion1765600000000().down(runner);
      await new EffectiveRegion1765600000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await outOfStep()).toBe(0);
  });

  it('gives the same units as the rule’s TypeScript twin, and none in no region', async () => {
    const units = await sql<{ id: string; unitRegion: string | null; instansiRegion: string | null }>(
      `SELECT u.id, u.region_code AS "unitRegion", i.region_code AS "instansiRegion"
       FROM unit u JOIN instansi i ON i.id = u.instansi_id`,
    );
    const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
    for (const region of REGIONS) {
      const inside = ids(
        await sql(`SELECT u.id FROM unit u WHERE ${unitRowInRegionSql('u', '$1')} ORDER BY u.id`, [region]),
      );
      const outside = ids(
        await sql(`SELECT u.id FROM unit u WHERE NOT ${unitRowInRegionSql('u', '$1')}`, [region]),
      );
      const twin = units
        .filter((u) => isUnitInRegion(u.unitRegion, u.instansiRegion, region))
        .map((u) => u.id);
      expect(inside, region).toEqual(twin.sort());
      expect(inside.length + outside.length, region).toBe(units.length);
    }
  });

  it('is a condition the index serves', async () => {
    const plan = await app.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return (await manager.query(
        `EXPLAIN SELECT count(*) FROM unit u WHERE ${unitRowInRegionSql('u', '$1')}`,
        ['64.71'],
      )) as Array<{ 'QUERY PLAN': string }>;
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('unit_effective_region_idx');
  });
});
