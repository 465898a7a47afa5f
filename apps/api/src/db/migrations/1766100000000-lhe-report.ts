import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued evaluation reports (LHE, issue 14): each a number in its instansi's yearly sequence, the
 * day it was issued, the PDF as issued (downloaded again byte for byte) and its SHA-256, and the
 * code its QR carries to the public verification page. And what an instansi's letterhead and
 * report numbers say, where it has said it.
 */
export class LheReport1766100000000 implements MigrationInterface {
  name = 'LheReport1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE instansi
        ADD COLUMN inspectorate_address text CHECK (length(inspectorate_address) <= 300),
        ADD COLUMN inspektur_name text CHECK (length(trim(inspektur_name)) > 0 AND length(inspektur_name) <= 200),
        ADD COLUMN inspektur_nip text CHECK (inspektur_nip ~ '^[0-9]{18}$'),
        ADD COLUMN lhe_number_format text NOT NULL DEFAULT '{nomor}/LHE-ZI/{tahun}'
          CHECK (lhe_number_format LIKE '%{nomor}%' AND length(lhe_number_format) <= 100)`);
    await db.query(`
      CREATE TABLE lhe_report (
        assessment_id uuid PRIMARY KEY REFERENCES assessment (id) ON DELETE RESTRICT,
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE RESTRICT,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        sequence integer NOT NULL CHECK (sequence > 0),
        number text NOT NULL CHECK (length(trim(number)) > 0),
        issued_on date NOT NULL,
        verification_code text NOT NULL UNIQUE CHECK (verification_code ~ '^LHE-[0-9A-Z]{10}$'),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        pdf bytea NOT NULL,
        issued_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        issued_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (instansi_id, year, sequence),
        UNIQUE (instansi_id, number)
      )`);
    await db.query('CREATE INDEX lhe_report_issued_by_idx ON lhe_report (issued_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE lhe_report');
    await db.query(`
      ALTER TABLE instansi DROP COLUMN inspectorate_address, DROP COLUMN inspektur_name,
        DROP COLUMN inspektur_nip, DROP COLUMN lhe_number_format`);
  }
}
