import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry (instansi, units, stage timeline, predicates, integrity pacts), users and sessions,
 * and the hash-chained audit log. Enumerations are text with CHECK constraints so that adding a
 * value is one ALTER, not a type rewrite.
 */
export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE instansi (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('province', 'regency', 'city', 'ministry')),
        region_code text CHECK (region_code ~ '^[0-9]{2}(\\.[0-9]{2})?$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name),
        CHECK (kind = 'ministry' OR region_code IS NOT NULL)
      )`);

    await db.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('dinas', 'badan', 'rsud', 'puskesmas', 'school', 'kecamatan', 'other')),
        address text,
        head_name text,
        serves_public boolean NOT NULL DEFAULT false,
        current_stage text,
        current_stage_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (instansi_id, name)
      )`);
    await db.query(`CREATE INDEX unit_instansi_id_idx ON unit (instansi_id)`);
    await db.query(`CREATE INDEX unit_current_stage_idx ON unit (current_stage)`);
    await db.query(`CREATE INDEX unit_name_idx ON unit (name, id)`);
    await db.query(`CREATE INDEX unit_name_trgm_idx ON unit USING gin (name gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE stage_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('declared', 'building', 'self_assessed', 'tpi_evaluated',
          'proposed', 'wbk', 'wbbm', 'not_awarded', 'revoked')),
        occurred_on date NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        note text,
        source_url text CHECK (source_url IS NULL OR source_url ~ '^https?://'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX stage_event_unit_idx ON stage_event (unit_id, occurred_on, created_at)`);
    await db.query(`CREATE INDEX stage_event_year_idx ON stage_event (year, unit_id)`);

    // The current stage is read by every directory query and filter; the trigger keeps the
    // denormalised copy on unit exact, whichever code path writes the timeline.
    await db.query(`
      CREATE FUNCTION refresh_unit_current_stage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE unit SET (current_stage, current_stage_on) = (
          SELECT stage, occurred_on FROM stage_event WHERE unit_id = unit.id
          ORDER BY occurred_on DESC, created_at DESC LIMIT 1
        ), updated_at = now()
        WHERE id IN (NEW.unit_id, OLD.unit_id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER stage_event_refresh_unit AFTER INSERT OR UPDATE OR DELETE ON stage_event
      FOR EACH ROW EXECUTE FUNCTION refresh_unit_current_stage()`);

    await db.query(`
      CREATE TABLE predicate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('wbk', 'wbbm')),
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        decree_number text NOT NULL CHECK (length(trim(decree_number)) > 0),
        decree_date date NOT NULL,
        revoked_on date,
        revocation_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit_id, kind, year),
        CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL)),
        CHECK (revoked_on IS NULL OR revoked_on >= decree_date)
      )`);
    await db.query(`CREATE INDEX predicate_unit_idx ON predicate (unit_id)`);
    await db.query(`CREATE INDEX predicate_active_idx ON predicate (kind, unit_id) WHERE revoked_on IS NULL`);

    await db.query(`
      CREATE TABLE pact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
        signed_on date NOT NULL,
        occasion text NOT NULL CHECK (length(trim(occasion)) > 0),
        leader_name text NOT NULL CHECK (length(trim(leader_name)) > 0),
        signatory_count integer NOT NULL CHECK (signatory_count > 0),
        document_ref text,
        verification_code text NOT NULL UNIQUE CHECK (verification_code ~ '^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX pact_unit_idx ON pact (unit_id, signed_on)`);

    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'evaluator', 'unit_operator')),
        instansi_id uuid REFERENCES instansi (id) ON DELETE RESTRICT,
        unit_id uuid REFERENCES unit (id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email),
        CHECK ((role = 'unit_operator') = (unit_id IS NOT NULL)),
        CHECK ((role = 'unit_operator') OR instansi_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX app_user_instansi_idx ON app_user (instansi_id)`);
    await db.query(`CREATE INDEX app_user_unit_idx ON app_user (unit_id)`);

    await db.query(`
      CREATE TABLE evaluator_assignment (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, unit_id)
      )`);
    await db.query(`CREATE INDEX evaluator_assignment_unit_idx ON evaluator_assignment (unit_id)`);

    await db.query(`
      CREATE TABLE session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    await db.query(`CREATE INDEX session_expires_idx ON session (expires_at)`);

    await db.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subject text NOT NULL,
        ip text,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_attempt_subject_idx ON login_attempt (subject, attempted_at)`);

    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        ip text,
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id)`);
    await db.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id)`);
    // Append-only: the application role may insert and read, never rewrite history.
    await db.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_rewrite BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'login_attempt',
      'session',
      'evaluator_assignment',
      'app_user',
      'pact',
      'predicate',
      'stage_event',
      'unit',
      'instansi',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await db.query(`DROP FUNCTION IF EXISTS audit_event_is_append_only`);
    await db.query(`DROP FUNCTION IF EXISTS refresh_unit_current_stage`);
  }
}
