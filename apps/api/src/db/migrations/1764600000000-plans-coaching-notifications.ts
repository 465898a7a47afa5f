import type { MigrationInterface, QueryRunner } from 'typeorm';

const AREAS = `'change_management', 'business_process', 'human_resources', 'accountability', 'supervision', 'public_service'`;

/**
 * Action plans (rencana aksi) per unit and year; coaching sessions with invited units, attendance
 * and follow-up items that land beside monitoring's; and notifications, mailed at once or in a
 * daily digest as each person chooses.
 */
export class PlansCoachingNotifications1764600000000 implements MigrationInterface {
  name = 'PlansCoachingNotifications1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE action_plan_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        area text NOT NULL CHECK (area IN (${AREAS})),
        activity text NOT NULL CHECK (length(trim(activity)) > 0 AND length(activity) <= 2000),
        output text NOT NULL CHECK (length(trim(output)) > 0 AND length(output) <= 2000),
        target_quarter integer NOT NULL CHECK (target_quarter BETWEEN 1 AND 4),
        person_in_charge text NOT NULL CHECK (length(trim(person_in_charge)) > 0 AND length(person_in_charge) <= 200),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
        realisation text CHECK (length(realisation) <= 4000),
        evidence_url text CHECK (evidence_url ~ '^https?://' AND length(evidence_url) <= 2000),
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        updated_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX action_plan_item_unit_year_idx ON action_plan_item (unit_id, year, area)');
    await db.query('CREATE INDEX action_plan_item_created_by_idx ON action_plan_item (created_by)');
    await db.query('CREATE INDEX action_plan_item_updated_by_idx ON action_plan_item (updated_by)');

    await db.query(`
      CREATE TABLE coaching_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('coaching', 'socialisation')),
        topic text NOT NULL CHECK (length(trim(topic)) > 0 AND length(topic) <= 500),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place text CHECK (length(place) <= 500),
        online_url text CHECK (online_url ~ '^https?://' AND length(online_url) <= 2000),
        materials_url text CHECK (materials_url ~ '^https?://' AND length(materials_url) <= 2000),
        notes text CHECK (length(notes) <= 8000),
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (place IS NOT NULL OR online_url IS NOT NULL)
      )`);
    await db.query('CREATE INDEX coaching_session_instansi_idx ON coaching_session (instansi_id, starts_at)');
    await db.query('CREATE INDEX coaching_session_created_by_idx ON coaching_session (created_by)');
    await db.query(`
      CREATE TABLE coaching_invitation (
        session_id uuid NOT NULL REFERENCES coaching_session (id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        attended boolean,
        PRIMARY KEY (session_id, unit_id)
      )`);
    await db.query('CREATE INDEX coaching_invitation_unit_idx ON coaching_invitation (unit_id)');

    // A follow-up comes from a monitoring recommendation or from a coaching session.
    await db.query('ALTER TABLE follow_up ALTER COLUMN recommendation_id DROP NOT NULL');
    await db.query(
      'ALTER TABLE follow_up ADD COLUMN coaching_session_id uuid REFERENCES coaching_session (id) ON DELETE RESTRICT',
    );
    await db.query(
      'ALTER TABLE follow_up ADD CONSTRAINT follow_up_one_source CHECK ((recommendation_id IS NULL) <> (coaching_session_id IS NULL))',
    );
    await db.query('CREATE INDEX follow_up_coaching_session_idx ON follow_up (coaching_session_id)');

    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN mail_preference text NOT NULL DEFAULT 'immediate'
          CHECK (mail_preference IN ('immediate', 'daily_digest', 'off')),
        ADD COLUMN digest_sent_at timestamptz`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('assignment', 'question_returned', 'follow_up_due',
          'follow_up_overdue', 'window_closing', 'coaching_invitation')),
        params jsonb NOT NULL DEFAULT '{}',
        link text CHECK (link ~ '^/'),
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mailed_at timestamptz,
        UNIQUE (user_id, dedupe_key)
      )`);
    await db.query('CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)');
    await db.query(
      'CREATE INDEX notification_unmailed_idx ON notification (user_id) WHERE mailed_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS notification');
    await db.query('ALTER TABLE app_user DROP COLUMN digest_sent_at, DROP COLUMN mail_preference');
    await db.query('DELETE FROM follow_up WHERE coaching_session_id IS NOT NULL');
    await db.query(
      'ALTER TABLE follow_up DROP CONSTRAINT follow_up_one_source, DROP COLUMN coaching_session_id',
    );
    await db.query('ALTER TABLE follow_up ALTER COLUMN recommendation_id SET NOT NULL');
    await db.query('DROP TABLE IF EXISTS coaching_invitation');
    await db.query('DROP TABLE IF EXISTS coaching_session');
    await db.query('DROP TABLE IF EXISTS action_plan_item');
  }
}
