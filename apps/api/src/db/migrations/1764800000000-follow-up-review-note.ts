import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Inspektorat's note on a follow-up (why it went back, or what it verified), for the unit to read. */
export class FollowUpReviewNote1764800000000 implements MigrationInterface {
  name = 'FollowUpReviewNote1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE follow_up ADD COLUMN review_note text CHECK (length(review_note) <= 4000)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE follow_up DROP COLUMN review_note');
  }
}
