import type { DataSource } from 'typeorm';

const UNITS_PER_INSTANSI = 250;
const REGENCY = 'Kabupaten Sintetis';
/** The number in a synthetic name; null for any other, whatever order PostgreSQL filters in. */
const UNIT_NUMBER = `substring(u.name from ' Sintetis ([0-9]+)$')::int`;
const REGENCY_NUMBER = `substring(name from '^${REGENCY} ([0-9]+)$')::int`;

/**
 * Adds `count` synthetic units (in new regencies of 250 units each, as a province has) on top of
 * the demo data and of the synthetic units already there, so that one database grows from size to
 * size: a tenth of them building ZI with a timeline and a pact, some with predicates. Names start
 * with the word of their kind ("Puskesmas Sintetis 4") and go on numbering, the first unit of each
 * regency is its DPMPTSP (the alias), and one unit in five has its own district code below its
 * regency's.
 */
export async function addSyntheticUnits(dataSource: DataSource, count: number): Promise<void> {
  if (count <= 0) return;
  const instansiCount = Math.ceil(count / UNITS_PER_INSTANSI);
  await dataSource.transaction(async (manager) => {
    const [before] = (await manager.query(
      `SELECT (SELECT count(*) FROM instansi WHERE name LIKE '${REGENCY} %')::int AS regencies,
              (SELECT count(*) FROM unit u JOIN instansi i ON i.id = u.instansi_id
               WHERE i.name LIKE '${REGENCY} %')::int AS units`,
    )) as [{ regencies: number; units: number }];
    await manager.query(
      `INSERT INTO instansi (name, kind, region_code)
       SELECT '${REGENCY} ' || g, 'regency', lpad((10 + g / 99 % 80)::text, 2, '0') || '.' || lpad((1 + g % 99)::text, 2, '0')
       FROM generate_series($1::int + 1, $1::int + $2::int) g`,
      [before.regencies, instansiCount],
    );
    await manager.query(
      `WITH regencies AS (SELECT array_agg(id ORDER BY ${REGENCY_NUMBER}) AS ids,
                                 array_agg(region_code ORDER BY ${REGENCY_NUMBER}) AS codes
                          FROM instansi WHERE ${REGENCY_NUMBER} > $2),
            numbered AS (SELECT g, 1 + (g - $1 - 1) / ${UNITS_PER_INSTANSI} AS regency, 1 + g % 7 AS kind
                         FROM generate_series($1::int + 1, $1::int + $3::int) g)
       INSERT INTO unit (instansi_id, name, kind, serves_public, address, head_name, aliases, region_code)
       SELECT r.ids[n.regency],
              (ARRAY['Dinas','Badan','RSUD','Puskesmas','SMA Negeri','Kecamatan','Kantor'])[n.kind] || ' Sintetis ' || n.g,
              (ARRAY['dinas','badan','rsud','puskesmas','school','kecamatan','other'])[n.kind],
              n.g % 2 = 0, 'Jl. Sintetis No. ' || n.g, 'Kepala Unit ' || n.g,
              CASE WHEN (n.g - $1 - 1) % ${UNITS_PER_INSTANSI} = 0 THEN ARRAY['DPMPTSP'] ELSE '{}' END,
              CASE WHEN n.g % 5 = 0 THEN r.codes[n.regency] || '.' || lpad((1 + n.g % 20)::text, 2, '0') END
       FROM numbered n, regencies r`,
      [before.units, before.regencies, count],
    );
    const added = `SELECT u.id, row_number() OVER (ORDER BY u.id) AS n FROM unit u JOIN instansi i ON i.id = u.instansi_id
                   WHERE i.name LIKE '${REGENCY} %' AND ${UNIT_NUMBER} > ${Number(before.units)}`;
    await manager.query(
      `INSERT INTO stage_event (unit_id, stage, occurred_on, year)
       SELECT z.id, s.stage, s.occurred_on, 2026 FROM (${added}) z
       CROSS JOIN (VALUES ('declared', DATE '2026-01-15'), ('building', DATE '2026-03-02')) AS s(stage, occurred_on)
       WHERE z.n % 10 = 0`,
    );
    await manager.query(
      `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date)
       SELECT z.id, 'wbk', 2025, 'KEP/SINTETIS/' || ${UNIT_NUMBER}, DATE '2025-12-15'
       FROM (${added}) z JOIN unit u ON u.id = z.id WHERE z.n % 50 = 0`,
    );
    await manager.query(
      `INSERT INTO pact (unit_id, signed_on, occasion, leader_name, signatory_count, verification_code)
       SELECT z.id, DATE '2026-01-15', 'Pencanangan Zona Integritas', 'Kepala Unit ' || z.n, 20 + z.n % 200,
              'PI-' || upper(substr(md5(z.id::text), 1, 4)) || '-' || upper(substr(md5(z.id::text), 5, 4))
       FROM (${added}) z WHERE z.n % 10 = 0`,
    );
  });
}
