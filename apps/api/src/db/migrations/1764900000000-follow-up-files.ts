import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files a unit attaches to its answer to a follow-up (a scanned decree, photos), linking the
 * content-addressed evidence files, so the same file is kept once whatever it supports. Removing a
 * file deletes its link while the follow-up is open; the stored file stays for the audit trail.
 */
export class FollowUpFiles1764900000000 implements MigrationInterface {
  name = 'FollowUpFiles1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE follow_up_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        follow_up_id uuid NOT NULL REFERENCES follow_up (id) ON DELETE RESTRICT,
        file_id uuid NOT NULL REFERENCES evidence_file (id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 300),
        added_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        -- The moment each row is written, not the transaction's start: one upload's files keep their order.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query('CREATE INDEX follow_up_file_follow_up_idx ON follow_up_file (follow_up_id, created_at)');
    await db.query('CREATE INDEX follow_up_file_file_idx ON follow_up_file (file_id)');
    await db.query('CREATE INDEX follow_up_file_added_by_idx ON follow_up_file (added_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS follow_up_file');
  }
}
