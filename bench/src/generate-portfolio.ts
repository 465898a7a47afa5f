import type { DataSource } from 'typeorm';

/**
 * Grows the demo province to `total` units, as a large Inspektorat's portfolio: a tenth of the new
 * units build ZI, with a 2026 worksheet scored by the unit and the TPI (copied from a demo one),
 * judgements in every closed monitoring round, a finding with a follow-up for one in four, and
 * coaching invitations for one in three.
 */
export async function growDemoPortfolio(dataSource: DataSource, total: number): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [{ instansi_id: instansiId, n }] = (await manager.query(
      `SELECT instansi_id, count(*)::int AS n FROM unit GROUP BY instansi_id ORDER BY n DESC LIMIT 1`,
    )) as [{ instansi_id: string; n: number }];
    const count = total - n;
    if (count <= 0) return;
    await manager.query(
      `INSERT INTO unit (instansi_id, name, kind, serves_public, region_code)
       SELECT $1, 'Unit Portofolio ' || g, (ARRAY['dinas','badan','rsud','puskesmas','school','kecamatan','other'])[1 + g % 7],
              g % 2 = 0, '99.' || lpad((1 + g % 40)::text, 2, '0')
       FROM generate_series(1, $2) g`,
      [instansiId, count],
    );
    const zone = `SELECT id, row_number() OVER (ORDER BY id) AS n FROM unit WHERE name LIKE 'Unit Portofolio %'`;
    await manager.query(
      `INSERT INTO stage_event (unit_id, stage, occurred_on, year)
       SELECT z.id, s.stage, s.occurred_on, 2026 FROM (${zone}) z
       CROSS JOIN (VALUES ('declared', DATE '2026-01-15'), ('building', DATE '2026-03-02'), ('self_assessed', DATE '2026-06-20')) AS s(stage, occurred_on)
       WHERE z.n % 10 = 0`,
    );
    await manager.query(
      `WITH template AS (SELECT a.id FROM assessment a WHERE a.status = 'evaluated'
                         AND EXISTS (SELECT 1 FROM assessment_score s WHERE s.assessment_id = a.id AND s.layer = 'tpi') LIMIT 1),
            made AS (INSERT INTO assessment (unit_id, year, framework_code, status)
                     SELECT z.id, 2026, 'permenpanrb-90-2021', 'evaluated' FROM (${zone}) z WHERE z.n % 10 = 0
                     RETURNING id)
       INSERT INTO assessment_score (assessment_id, layer, total, answered, questions, groups, question_scores, points)
       SELECT made.id, s.layer, s.total, s.answered, s.questions, s.groups, s.question_scores, s.points
       FROM made CROSS JOIN assessment_score s WHERE s.assessment_id = (SELECT id FROM template)`,
    );
    await manager.query(
      `INSERT INTO monitoring_progress (round_id, unit_id, area, judgement)
       SELECT r.id, z.id, a, (ARRAY['not_started','behind','on_track','ahead'])[1 + (z.n + r.quarter) % 4]
       FROM (${zone}) z CROSS JOIN monitoring_round r
       CROSS JOIN unnest(ARRAY['change_management','business_process','human_resources','accountability','supervision','public_service']) AS a
       WHERE z.n % 10 = 0 AND r.instansi_id = $1`,
      [instansiId],
    );
    await manager.query(
      `WITH f AS (INSERT INTO finding (round_id, unit_id, area, description)
                  SELECT r.id, z.id, 'public_service', 'Temuan sintetis' FROM (${zone}) z
                  CROSS JOIN LATERAL (SELECT id FROM monitoring_round WHERE instansi_id = $1 ORDER BY year, quarter LIMIT 1) r
                  WHERE z.n % 40 = 0 RETURNING id, unit_id),
            rec AS (INSERT INTO recommendation (finding_id, description) SELECT id, 'Rekomendasi sintetis' FROM f
                    RETURNING id, finding_id)
       INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on, status)
       SELECT rec.id, f.unit_id, 'Tindak lanjut sintetis', 'Sekretaris', DATE '2026-06-30', 'open'
       FROM rec JOIN f ON f.id = rec.finding_id`,
      [instansiId],
    );
    await manager.query(
      `INSERT INTO coaching_invitation (session_id, unit_id, attended)
       SELECT s.id, z.id, true FROM (${zone}) z
       CROSS JOIN LATERAL (SELECT id FROM coaching_session WHERE instansi_id = $1 ORDER BY starts_at LIMIT 1) s
       WHERE z.n % 30 = 0`,
      [instansiId],
    );
  });
}
