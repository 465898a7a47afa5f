import type { DataSource } from 'typeorm';

const UNITS_PER_INSTANSI = 250;

/**
 * Adds `count` synthetic units (in regencies of 250 units each, as a province has) on top of the
 * demo data: a tenth of them building ZI with a timeline and a pact, some with predicates.
 */
export async function addSyntheticUnits(dataSource: DataSource, count: number): Promise<void> {
  if (count <= 0) return;
  const instansiCount = Math.ceil(count / UNITS_PER_INSTANSI);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO instansi (name, kind, region_code)
       SELECT 'Kabupaten Sintetis ' || g, 'regency', lpad((10 + g / 99 % 80)::text, 2, '0') || '.' || lpad((1 + g % 99)::text, 2, '0')
       FROM generate_series(1, $1) g`,
      [instansiCount],
    );
    await manager.query(
      `WITH ids AS (SELECT array_agg(id ORDER BY name) AS a FROM instansi WHERE name LIKE 'Kabupaten Sintetis %')
       INSERT INTO unit (instansi_id, name, kind, serves_public, address, head_name)
       SELECT ids.a[1 + (g - 1) / ${UNITS_PER_INSTANSI}], 'Unit Sintetis ' || g,
              (ARRAY['dinas','badan','rsud','puskesmas','school','kecamatan','other'])[1 + g % 7],
              g % 2 = 0, 'Jl. Sintetis No. ' || g, 'Kepala Unit ' || g
       FROM generate_series(1, $1) g, ids`,
      [count],
    );
    const zone = `SELECT id, row_number() OVER (ORDER BY id) AS n FROM unit WHERE name LIKE 'Unit Sintetis %'`;
    await manager.query(
      `INSERT INTO stage_event (unit_id, stage, occurred_on, year)
       SELECT z.id, s.stage, s.occurred_on, 2026 FROM (${zone}) z
       CROSS JOIN (VALUES ('declared', DATE '2026-01-15'), ('building', DATE '2026-03-02')) AS s(stage, occurred_on)
       WHERE z.n % 10 = 0`,
    );
    await manager.query(
      `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date)
       SELECT z.id, 'wbk', 2025, 'KEP/SINTETIS/' || z.n, DATE '2025-12-15' FROM (${zone}) z WHERE z.n % 50 = 0`,
    );
    await manager.query(
      `INSERT INTO pact (unit_id, signed_on, occasion, leader_name, signatory_count, verification_code)
       SELECT z.id, DATE '2026-01-15', 'Pencanangan Zona Integritas', 'Kepala Unit ' || z.n, 20 + z.n % 200,
              'PI-' || upper(substr(md5(z.id::text), 1, 4)) || '-' || upper(substr(md5(z.id::text), 5, 4))
       FROM (${zone}) z WHERE z.n % 10 = 0`,
    );
  });
}
