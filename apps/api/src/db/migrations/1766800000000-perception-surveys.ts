import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16. The perception surveys (SPKP → IPKP, SPAK → IPAK) a unit runs itself: each instansi's
 * scale and sample formula, a unit's survey periods, the public's responses (append-only: a
 * response is excluded by a decision with a reason, never changed or deleted), the decisions
 * (append-only too: the latest per response stands), and where a closed period's index went into
 * a worksheet.
 */
export class PerceptionSurveys1766800000000 implements MigrationInterface {
  name = 'PerceptionSurveys1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE survey_settings (
        instansi_id uuid PRIMARY KEY REFERENCES instansi (id) ON DELETE CASCADE,
        scale_points integer NOT NULL CONSTRAINT survey_settings_scale_points CHECK (scale_points BETWEEN 2 AND 10),
        conversion text NOT NULL CONSTRAINT survey_settings_conversion CHECK (conversion IN ('proportional', 'linear')),
        sample_method text NOT NULL CONSTRAINT survey_settings_sample_method
          CHECK (sample_method IN ('krejcie_morgan', 'slovin')),
        public_while_open boolean NOT NULL,
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL
      )
    `);
    await db.query('CREATE INDEX survey_settings_updated_by_idx ON survey_settings (updated_by)');
    await db.query(`
      CREATE TABLE survey_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id),
        code text NOT NULL UNIQUE CONSTRAINT survey_period_code CHECK (code ~ '^[a-z2-9]{8}$'),
        title text NOT NULL CONSTRAINT survey_period_title CHECK (length(btrim(title)) BETWEEN 1 AND 120),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        year integer NOT NULL CONSTRAINT survey_period_year CHECK (year BETWEEN 2000 AND 2100),
        instruments text[] NOT NULL CONSTRAINT survey_period_instruments CHECK (cardinality(instruments) >= 1),
        scale_points integer NOT NULL CONSTRAINT survey_period_scale_points CHECK (scale_points BETWEEN 2 AND 10),
        conversion text NOT NULL CONSTRAINT survey_period_conversion CHECK (conversion IN ('proportional', 'linear')),
        sample_method text NOT NULL CONSTRAINT survey_period_sample_method
          CHECK (sample_method IN ('krejcie_morgan', 'slovin')),
        service_types text[] NOT NULL CONSTRAINT survey_period_service_types CHECK (cardinality(service_types) <= 30),
        service_users integer CONSTRAINT survey_period_service_users CHECK (service_users BETWEEN 0 AND 100000000),
        public_while_open boolean NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES app_user (id),
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT survey_period_dates CHECK (ends_on >= starts_on AND ends_on - starts_on <= 366),
        CONSTRAINT survey_period_closed CHECK ((closed_at IS NULL) = (closed_by IS NULL))
      )
    `);
    await db.query('CREATE INDEX survey_period_unit_idx ON survey_period (unit_id, starts_on)');
    await db.query('CREATE INDEX survey_period_created_by_idx ON survey_period (created_by)');
    await db.query('CREATE INDEX survey_period_closed_by_idx ON survey_period (closed_by)');
    await db.query(`
      CREATE TABLE survey_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES survey_period (id),
        received_at timestamptz NOT NULL DEFAULT now(),
        service_type text CONSTRAINT survey_response_service_type CHECK (length(service_type) <= 120),
        ratings jsonb NOT NULL CONSTRAINT survey_response_ratings CHECK (jsonb_typeof(ratings) = 'object'),
        seconds_taken integer CONSTRAINT survey_response_seconds CHECK (seconds_taken >= 0),
        device_key text NOT NULL,
        address_key text NOT NULL,
        flags text[] NOT NULL DEFAULT '{}'
      )
    `);
    await db.query('CREATE INDEX survey_response_period_idx ON survey_response (period_id, received_at)');
    await db.query('CREATE INDEX survey_response_device_idx ON survey_response (device_key, received_at)');
    await db.query(
      'CREATE INDEX survey_response_address_idx ON survey_response (period_id, address_key, received_at)',
    );
    await db.query(`
      CREATE TABLE survey_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id uuid NOT NULL REFERENCES survey_response (id),
        excluded boolean NOT NULL,
        reason text CONSTRAINT survey_decision_reason
          CHECK (reason IN ('test_entry', 'duplicate', 'outside_period', 'not_a_user', 'other')),
        note text CONSTRAINT survey_decision_note CHECK (length(note) <= 500),
        decided_by uuid NOT NULL REFERENCES app_user (id),
        decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT survey_decision_reason_given CHECK (NOT excluded OR reason IS NOT NULL),
        CONSTRAINT survey_decision_other_explained
          CHECK (reason IS DISTINCT FROM 'other' OR length(btrim(note)) > 0)
      )
    `);
    await db.query('CREATE INDEX survey_decision_response_idx ON survey_decision (response_id, decided_at)');
    await db.query('CREATE INDEX survey_decision_decided_by_idx ON survey_decision (decided_by)');
    // Nothing the public sent, and no decision on it, is ever rewritten or removed.
    await db.query(`
      CREATE FUNCTION survey_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    for (const table of ['survey_response', 'survey_decision']) {
      await db.query(`
        CREATE TRIGGER ${table}_no_rewrite BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION survey_record_is_append_only()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION survey_record_is_append_only()`);
    }
    // "Excluded", "used": each response's standing is its latest decision; none is "kept". The one
    // definition every count (portal, public page, open data, the indices) reads.
    await db.query(`
      CREATE VIEW survey_response_standing AS
        SELECT r.id AS response_id, r.period_id, coalesce(d.excluded, false) AS excluded, d.reason,
               d.id IS NOT NULL AS decided
        FROM survey_response r
        LEFT JOIN LATERAL (
          SELECT id, excluded, reason FROM survey_decision sd
          WHERE sd.response_id = r.id ORDER BY sd.decided_at DESC, sd.id DESC LIMIT 1
        ) d ON true`);
    // The key that signs a respondent's device cookie and start time, and hashes addresses: one
    // per database, so every replica signs and checks alike.
    await db.query(`
      CREATE TABLE app_secret (
        name text PRIMARY KEY,
        value bytea NOT NULL CONSTRAINT app_secret_length CHECK (length(value) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    // A closed period's index as it went into a worksheet's unit layer: the evaluator compares it
    // with the answer there, which a person may have changed since.
    await db.query(`
      CREATE TABLE survey_lke_value (
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        question_code text NOT NULL,
        period_id uuid NOT NULL REFERENCES survey_period (id),
        value numeric(4, 2) NOT NULL CONSTRAINT survey_lke_value_range CHECK (value BETWEEN 0 AND 4),
        exact text NOT NULL,
        responses_used integer NOT NULL CONSTRAINT survey_lke_value_responses CHECK (responses_used > 0),
        written boolean NOT NULL,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, question_code)
      )
    `);
    await db.query('CREATE INDEX survey_lke_value_period_idx ON survey_lke_value (period_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE survey_lke_value');
    await db.query('DROP TABLE app_secret');
    await db.query('DROP VIEW survey_response_standing');
    await db.query('DROP TABLE survey_decision');
    await db.query('DROP TABLE survey_response');
    await db.query('DROP FUNCTION survey_record_is_append_only');
    await db.query('DROP TABLE survey_period');
    await db.query('DROP TABLE survey_settings');
  }
}
