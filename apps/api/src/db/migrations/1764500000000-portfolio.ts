import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Inspektorat's portfolio: units with a stable code (the key of re-imports), their own region
 * and archiving instead of deletion; users invited by a one-time link; and quarterly monitoring
 * rounds with progress per change area and findings → recommendations → follow-ups.
 */
export class Portfolio1764500000000 implements MigrationInterface {
  name = 'Portfolio1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE unit
        ADD COLUMN code text CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
        ADD COLUMN region_code text CHECK (region_code ~ '^[0-9]{2}(\\.[0-9]{2}){0,3}$'),
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN archive_reason text CHECK (length(archive_reason) <= 1000),
        ADD CONSTRAINT unit_archive_has_reason CHECK ((archived_at IS NULL) = (archive_reason IS NULL))`);
    await db.query(
      'CREATE UNIQUE INDEX unit_instansi_code_key ON unit (instansi_id, code) WHERE code IS NOT NULL',
    );
    await db.query('CREATE INDEX unit_region_code_idx ON unit (region_code text_pattern_ops)');

    await db.query('ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL');
    await db.query(`
      CREATE TABLE password_token (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await db.query('CREATE INDEX password_token_user_idx ON password_token (user_id)');
    await db.query('CREATE INDEX password_token_created_by_idx ON password_token (created_by)');

    await db.query(`
      CREATE TABLE monitoring_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE RESTRICT,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        closed_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (instansi_id, year, quarter)
      )`);
    await db.query('CREATE INDEX monitoring_round_created_by_idx ON monitoring_round (created_by)');

    const areas = `'change_management', 'business_process', 'human_resources', 'accountability', 'supervision', 'public_service'`;
    await db.query(`
      CREATE TABLE monitoring_progress (
        round_id uuid NOT NULL REFERENCES monitoring_round (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        area text NOT NULL CHECK (area IN (${areas})),
        judgement text NOT NULL CHECK (judgement IN ('not_started', 'behind', 'on_track', 'ahead')),
        note text CHECK (length(note) <= 4000),
        updated_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, unit_id, area)
      )`);
    await db.query('CREATE INDEX monitoring_progress_unit_idx ON monitoring_progress (unit_id)');
    await db.query('CREATE INDEX monitoring_progress_updated_by_idx ON monitoring_progress (updated_by)');

    await db.query(`
      CREATE TABLE finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES monitoring_round (id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        area text CHECK (area IN (${areas})),
        description text NOT NULL CHECK (length(trim(description)) > 0 AND length(description) <= 4000),
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX finding_round_unit_idx ON finding (round_id, unit_id)');
    await db.query('CREATE INDEX finding_unit_idx ON finding (unit_id)');
    await db.query('CREATE INDEX finding_created_by_idx ON finding (created_by)');

    await db.query(`
      CREATE TABLE recommendation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES finding (id) ON DELETE RESTRICT,
        description text NOT NULL CHECK (length(trim(description)) > 0 AND length(description) <= 4000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX recommendation_finding_idx ON recommendation (finding_id)');

    await db.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation (id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        description text NOT NULL CHECK (length(trim(description)) > 0 AND length(description) <= 4000),
        owner_name text NOT NULL CHECK (length(trim(owner_name)) > 0 AND length(owner_name) <= 200),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified')),
        response text CHECK (length(response) <= 4000),
        evidence_url text CHECK (evidence_url ~ '^https?://' AND length(evidence_url) <= 2000),
        responded_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        responded_at timestamptz,
        verified_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        verified_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'verified') = (verified_at IS NOT NULL))
      )`);
    await db.query('CREATE INDEX follow_up_recommendation_idx ON follow_up (recommendation_id)');
    await db.query('CREATE INDEX follow_up_unit_idx ON follow_up (unit_id, due_on)');
    await db.query(`CREATE INDEX follow_up_pending_due_idx ON follow_up (due_on) WHERE status <> 'verified'`);
    for (const column of ['responded_by', 'verified_by', 'created_by']) {
      await db.query(`CREATE INDEX follow_up_${column}_idx ON follow_up (${column})`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'follow_up',
      'recommendation',
      'finding',
      'monitoring_progress',
      'monitoring_round',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query('DROP TABLE IF EXISTS password_token');
    await db.query(`UPDATE app_user SET password_hash = '!' WHERE password_hash IS NULL`);
    await db.query('ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL');
    await db.query('DROP INDEX IF EXISTS unit_region_code_idx');
    await db.query('DROP INDEX IF EXISTS unit_instansi_code_key');
    await db.query(`
      ALTER TABLE unit DROP CONSTRAINT unit_archive_has_reason, DROP COLUMN archive_reason,
        DROP COLUMN archived_at, DROP COLUMN region_code, DROP COLUMN code`);
  }
}
