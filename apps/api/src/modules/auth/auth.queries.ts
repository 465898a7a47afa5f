import { defineCommand, defineQuery } from '../../common/sql-query.js';
import type { Viewer } from './viewer.js';

// Sessions and password links.

export const endExpiredSessionsOf = defineCommand<{ userId: string }>(
  'DELETE FROM session WHERE user_id = :userId AND expires_at <= now()',
);

/** The active user behind a live session. */
export const sessionUser = defineQuery<
  { sessionId: string },
  { id: string; role: Viewer['role']; instansi_id: string | null; unit_id: string | null }
>({
  sql: `SELECT u.id, u.role, u.instansi_id, u.unit_id FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = :sessionId AND s.expires_at > now() AND u.active`,
  columns: { id: 'uuid', role: 'text', instansi_id: 'uuid', unit_id: 'uuid' },
});

export const retirePasswordTokens = defineCommand<{ userId: string }>(
  'UPDATE password_token SET used_at = now() WHERE user_id = :userId AND used_at IS NULL',
);

export const addPasswordToken = defineCommand<{
  tokenHash: string;
  userId: string;
  createdBy: string | null;
  hours: number;
}>(
  `INSERT INTO password_token (token_hash, user_id, created_by, expires_at)
   VALUES (:tokenHash, :userId, :createdBy, now() + make_interval(hours => :hours))`,
);

// Remembered browsers (login-devices.ts).

/** How long a browser stays remembered for an account after its last successful login there. */
export const DEVICE_DAYS = 365;
/** Expired rows one successful login deletes. */
const DEVICE_PURGE_BATCH = 100;

export const rememberedDevice = defineQuery<{ tokenHash: string; subject: string }, { found: number }>({
  sql: `SELECT 1 AS found FROM login_device
        WHERE token_hash = :tokenHash AND subject = :subject AND last_login_at > now() - interval '${DEVICE_DAYS} days'`,
  columns: { found: 'integer' },
});

/** Remembers the new token for `subject` and for the accounts the old token was remembered for. */
export const rememberDevice = defineCommand<{
  tokenHash: string;
  oldTokenHash: string | null;
  subject: string;
}>(
  `WITH old AS (DELETE FROM login_device WHERE token_hash = :oldTokenHash RETURNING subject, last_login_at)
   INSERT INTO login_device (token_hash, subject, last_login_at)
   SELECT :tokenHash, subject, last_login_at FROM old
   WHERE subject <> :subject AND last_login_at > now() - interval '${DEVICE_DAYS} days'
   UNION ALL SELECT :tokenHash, :subject, now()`,
);

export const purgeDevices = defineCommand(
  `DELETE FROM login_device WHERE ctid IN (
     SELECT ctid FROM login_device WHERE last_login_at <= now() - interval '${DEVICE_DAYS} days'
     ORDER BY last_login_at LIMIT ${DEVICE_PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
);

// Login counters (login-throttle.ts).

/** How long a failure counts. */
const WINDOW_MINUTES = 15;
/** Expired rows one checked attempt deletes: the table stays about as large as 15 minutes of attempts. */
const THROTTLE_PURGE_BATCH = 100;

// A counter's state as it stands now, in SQL, from the row `t`: failures of the current window,
// reservations not yet expired, and the seconds until the window ends.
const LIVE_FAILURES = `(CASE WHEN t.window_started_at > now() - interval '${WINDOW_MINUTES} minutes' THEN t.failures ELSE 0 END)`;
const LIVE_HOLDS = 'ARRAY(SELECT h FROM unnest(t.holds) AS h WHERE h > now())';
const SECONDS_LEFT = `ceil(extract(epoch FROM t.window_started_at + interval '${WINDOW_MINUTES} minutes' - now()))::int`;
/** The live reservations but one: the one expiring at `:until` (none when it is null). */
const LIVE_HOLDS_BUT_ONE = `ARRAY(
  SELECT h FROM unnest(t.holds) WITH ORDINALITY AS held(h, i)
  WHERE h > now() AND i IS DISTINCT FROM array_position(t.holds, :until::timestamptz) ORDER BY i)`;

/** The live failures of the counters that have a row, and the seconds left in their window. */
export const counterFailures = defineQuery<
  { subjects: string[]; clients: string[] },
  { subject: string; client: string; failures: number; seconds_left: number }
>({
  sql: `SELECT t.subject, t.client, ${LIVE_FAILURES} AS failures, ${SECONDS_LEFT} AS seconds_left
        FROM login_throttle t JOIN unnest(:subjects::text[], :clients::text[]) AS c(subject, client) USING (subject, client)`,
  columns: { subject: 'text', client: 'text', failures: 'integer', seconds_left: 'integer' },
});

/**
 * Takes a place in a counter's limit when there is room: `until` says when the place expires;
 * null, with whether the limit is full of failures (not just of attempts in flight), when not.
 */
export const holdPlace = defineQuery<
  { subject: string; client: string; limit: number; holdSeconds: number },
  { until: string | null; full: boolean; seconds_left: number | null }
>({
  sql: `WITH held AS (
          INSERT INTO login_throttle AS t (subject, client, holds)
          VALUES (:subject, :client, ARRAY[now() + make_interval(secs => :holdSeconds::float8)])
          ON CONFLICT (subject, client) DO UPDATE SET
            holds = ${LIVE_HOLDS} || (now() + make_interval(secs => :holdSeconds::float8)), updated_at = now()
          WHERE ${LIVE_FAILURES} + cardinality(${LIVE_HOLDS}) < :limit::int
          RETURNING (now() + make_interval(secs => :holdSeconds::float8))::text AS until)
        SELECT held.until, coalesce(${LIVE_FAILURES} >= :limit::int, false) AS full, ${SECONDS_LEFT} AS seconds_left
        FROM (SELECT) AS one LEFT JOIN held ON true
        LEFT JOIN login_throttle t ON t.subject = :subject AND t.client = :client`,
  columns: { until: 'text', full: 'boolean', seconds_left: 'integer' },
});

/** Counts a failure on the counter and gives back the place expiring at `until`, if any. */
export const recordFailure = defineCommand<{ subject: string; client: string; until: string | null }>(
  `INSERT INTO login_throttle AS t (subject, client, failures) VALUES (:subject, :client, 1)
   ON CONFLICT (subject, client) DO UPDATE SET
     failures = ${LIVE_FAILURES} + 1,
     window_started_at = CASE WHEN ${LIVE_FAILURES} = 0 THEN now() ELSE t.window_started_at END,
     holds = ${LIVE_HOLDS_BUT_ONE},
     updated_at = now()`,
);

export const releasePlace = defineCommand<{ subject: string; client: string; until: string }>(
  `UPDATE login_throttle AS t SET holds = ${LIVE_HOLDS_BUT_ONE} WHERE t.subject = :subject AND t.client = :client`,
);

/** Deletes counters untouched for a whole window, skipping rows another attempt holds. */
export const purgeCounters = defineCommand(
  `DELETE FROM login_throttle WHERE ctid IN (
     SELECT ctid FROM login_throttle WHERE updated_at <= now() - interval '${WINDOW_MINUTES} minutes'
     ORDER BY updated_at LIMIT ${THROTTLE_PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
);
