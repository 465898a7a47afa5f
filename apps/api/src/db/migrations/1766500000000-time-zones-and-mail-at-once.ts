import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15. (1) Each instansi's time zone, for every date and time in its mail, documents and
 * pages: derived from its region (the province's first two digits of the Kemendagri code), kept
 * by PostgreSQL as a generated column so it can never disagree with the region; a ministry, seated
 * in Jakarta, is WIB. (2) "Each at once" mail: every statement that adds notifications announces
 * it on a channel at commit, and the API's mail listener sends them then, not at the next sweep.
 * (3) A notification for the team lead whose second review an approval waits for.
 */
export class TimeZonesAndMailAtOnce1766500000000 implements MigrationInterface {
  name = 'TimeZonesAndMailAtOnce1766500000000';

  async up(db: QueryRunner): Promise<void> {
    // WITA: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi. WIT: Maluku and the
    // Papua provinces (91–96, the 2022 provinces included). Everything else: WIB.
    await db.query(`
      CREATE FUNCTION indonesian_time_zone(region_code text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN left(region_code, 2) IN ('51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76')
            THEN 'Asia/Makassar'
          WHEN left(region_code, 2) IN ('81', '82', '91', '92', '93', '94', '95', '96') THEN 'Asia/Jayapura'
          ELSE 'Asia/Jakarta'
        END
      $$`);
    await db.query(`
      ALTER TABLE instansi
        ADD COLUMN time_zone text NOT NULL GENERATED ALWAYS AS (indonesian_time_zone(region_code)) STORED`);
    await db.query(`
      CREATE FUNCTION announce_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('notifications_added', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER notification_announced AFTER INSERT ON notification
      FOR EACH STATEMENT EXECUTE FUNCTION announce_notifications()`);
    await db.query(`
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN ('assignment', 'question_returned',
          'follow_up_due', 'follow_up_overdue', 'window_closing', 'coaching_invitation', 'second_review_waiting'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query("DELETE FROM notification WHERE kind = 'second_review_waiting'");
    await db.query(`
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN ('assignment', 'question_returned',
          'follow_up_due', 'follow_up_overdue', 'window_closing', 'coaching_invitation'))`);
    await db.query('DROP TRIGGER notification_announced ON notification');
    await db.query('DROP FUNCTION announce_notifications()');
    await db.query('ALTER TABLE instansi DROP COLUMN time_zone');
    await db.query('DROP FUNCTION indonesian_time_zone(text)');
  }
}
