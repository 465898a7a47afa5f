import { DirectoryUnitsDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const counted = async () =>
  (
    (await app.dataSource.query('SELECT count(*)::int AS n FROM unit WHERE archived_at IS NULL')) as {
      n: number;
    }[]
  )[0]?.n;
const kept = async () =>
  ((await app.dataSource.query('SELECT units::int AS n FROM active_unit_count')) as { n: number }[])[0]?.n;

describe('the kept count of active units', () => {
  it('stays equal to a count of the rows through inserts, archiving, restoring, deletes and stage moves', async () => {
    expect(await kept()).toBe(await counted());
    const instansi = `(SELECT instansi_id FROM unit LIMIT 1)`;
    await app.dataSource.query(
      `INSERT INTO unit (instansi_id, name, kind) SELECT ${instansi}, 'Unit uji ' || n, 'other' FROM generate_series(1, 40) n`,
    );
    await app.dataSource.query(
      `INSERT INTO unit (instansi_id, name, kind, archived_at, archive_reason) SELECT ${instansi}, 'Arsip uji ' || n, 'other', now(), 'Uji' FROM generate_series(1, 5) n`,
    );
    expect(await kept()).toBe(await counted());
    await app.dataSource.query(
      `UPDATE unit SET archived_at = now(), archive_reason = 'Uji' WHERE name LIKE 'Unit uji 1%'`,
    );
    await app.dataSource.query(
      `UPDATE unit SET archived_at = NULL, archive_reason = NULL WHERE name LIKE 'Arsip uji%'`,
    );
    await app.dataSource.query(
      `UPDATE unit SET archived_at = now(), archive_reason = 'Uji' WHERE name LIKE 'Unit uji 2%'`,
    );
    await app.dataSource.query(`UPDATE unit SET current_stage = 'declared' WHERE name LIKE 'Unit uji%'`);
    expect(await kept()).toBe(await counted());
    await app.dataSource.query(`DELETE FROM unit WHERE name LIKE 'Unit uji%' OR name LIKE 'Arsip uji%'`);
    expect(await kept()).toBe(await counted());
  });

  it('stays exact under many writers at once', async () => {
    const instansi = `(SELECT instansi_id FROM unit LIMIT 1)`;
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        app.dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO unit (instansi_id, name, kind) VALUES (${instansi}, $1, 'other')`,
            [`Paralel ${index}`],
          );
          if (index % 2 === 0)
            await manager.query(
              `UPDATE unit SET archived_at = now(), archive_reason = 'Uji' WHERE name = $1`,
              [`Paralel ${index}`],
            );
        }),
      ),
    );
    expect(await kept()).toBe(await counted());
    await app.dataSource.query(`DELETE FROM unit WHERE name LIKE 'Paralel %'`);
  });

  it('is the directory’s totalCount only for the whole active list; a filtered list counts its rows', async () => {
    const total = async (filter: Record<string, unknown> | null) =>
      (await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 1, filter })).data?.units
        .totalCount;
    expect(await total(null)).toBe(await counted());
    const rowsWhere = async (condition: string) =>
      (
        (await app.dataSource.query(`SELECT count(*)::int AS n FROM unit u WHERE ${condition}`)) as {
          n: number;
        }[]
      )[0]?.n;
    expect(await total({ buildingZi: false })).toBe(
      await rowsWhere('u.archived_at IS NULL AND u.current_stage IS NULL'),
    );
    expect(await total({ buildingZi: true })).toBe(
      await rowsWhere('u.archived_at IS NULL AND u.current_stage IS NOT NULL'),
    );
    expect(await total({ includeArchived: true })).toBe(await rowsWhere('TRUE'));
    expect(await total({ includeArchived: false, kind: 'PUSKESMAS' })).toBe(
      await rowsWhere(`u.archived_at IS NULL AND u.kind = 'puskesmas'`),
    );
  });
});
