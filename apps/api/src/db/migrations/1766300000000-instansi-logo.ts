import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The logo on an Inspektorat's letterhead (issue 14): a PNG or JPEG of at most 256 KB, or none. */
export class InstansiLogo1766300000000 implements MigrationInterface {
  name = 'InstansiLogo1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE instansi
        ADD COLUMN letterhead_logo bytea CHECK (octet_length(letterhead_logo) <= 262144),
        ADD COLUMN letterhead_logo_type text CHECK (letterhead_logo_type IN ('image/png', 'image/jpeg')),
        ADD CONSTRAINT instansi_logo_typed CHECK ((letterhead_logo IS NULL) = (letterhead_logo_type IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE instansi DROP CONSTRAINT instansi_logo_typed, DROP COLUMN letterhead_logo, DROP COLUMN letterhead_logo_type',
    );
  }
}
