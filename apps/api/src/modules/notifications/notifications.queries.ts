import { defineCommand, defineQuery } from '../../common/sql-query.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import type { MailPreference } from '../auth/user.entity.js';
import { lastOpenDaySql } from '../deadlines/deadline.js';
import { followUpOverdueSql, followUpUnfinishedSql } from '../monitoring/overdue.js';
import type { NotificationKind } from './notification.entity.js';

/** Adds notifications, one per array position; one whose dedupe key its user already has is skipped. */
export const addNotifications = defineCommand<{
  userIds: string[];
  kinds: NotificationKind[];
  params: string[];
  links: (string | null)[];
  dedupeKeys: (string | null)[];
}>(
  `INSERT INTO notification (user_id, kind, params, link, dedupe_key)
   SELECT * FROM unnest(:userIds::uuid[], :kinds::text[], :params::jsonb[], :links::text[], :dedupeKeys::text[])
   ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
);

/** Marks the given notifications of the user, or all of them when `ids` is null, as read. */
export const markRead = defineCommand<{ userId: string; ids: string[] | null }>(
  `UPDATE notification SET read_at = now()
   WHERE user_id = :userId AND read_at IS NULL AND (:ids::uuid[] IS NULL OR id = ANY(:ids::uuid[]))`,
);

export interface PendingRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
  created_at: Date;
  email: string;
  name: string;
  mail_preference: MailPreference;
}

/**
 * The unmailed notifications due now: at once for some, in the day's digest for others. A person's
 * digest is due from `digestHour` o'clock of today in their instansi's zone (their unit's for an
 * operator; `defaultZone` for someone of no instansi), as `User.timeZone` tells them their times.
 */
export const pendingMails = defineQuery<{ now: Date; digestHour: number; defaultZone: string }, PendingRow>({
  sql: `SELECT n.id, n.user_id, n.kind, n.params, n.link, n.created_at, u.email, u.name, u.mail_preference
        FROM notification n JOIN app_user u ON u.id = n.user_id
        LEFT JOIN unit uu ON uu.id = u.unit_id
        LEFT JOIN instansi i ON i.id = coalesce(u.instansi_id, uu.instansi_id)
        CROSS JOIN LATERAL (
          SELECT (date_trunc('day', :now::timestamptz AT TIME ZONE zone) + make_interval(hours => :digestHour::int))
            AT TIME ZONE zone AS at
          FROM (SELECT coalesce(i.time_zone, :defaultZone::text) AS zone) z
        ) digest
        WHERE n.mailed_at IS NULL AND u.active AND (u.mail_preference = 'immediate' OR (
          u.mail_preference = 'daily_digest' AND :now::timestamptz >= digest.at
            AND (u.digest_sent_at IS NULL OR u.digest_sent_at < digest.at)))
        ORDER BY n.created_at`,
  columns: {
    id: 'uuid',
    user_id: 'uuid',
    kind: 'text',
    params: 'jsonb',
    link: 'text',
    created_at: 'timestamp with time zone',
    email: 'text',
    name: 'text',
    mail_preference: 'text',
  },
});

export const markMailed = defineCommand<{ ids: string[]; now: Date }>(
  'UPDATE notification SET mailed_at = :now WHERE id = ANY(:ids::uuid[])',
);

export const markDigestSent = defineCommand<{ userId: string; now: Date }>(
  'UPDATE app_user SET digest_sent_at = :now WHERE id = :userId',
);

/**
 * Reminds of follow-ups due within `daysAhead` days (their unit's people) and overdue (also the
 * instansi's admins), once per follow-up, kind and due date.
 */
export const remindFollowUps = defineCommand<{
  today: string;
  overdue: NotificationKind;
  due: NotificationKind;
  daysAhead: number;
  link: string;
}>(
  `WITH pending AS (
     SELECT f.id, f.description, f.due_on, u.id AS unit_id, u.name AS unit_name, u.instansi_id,
       CASE WHEN ${followUpOverdueSql('f', ':today::date')} THEN :overdue ELSE :due END AS kind
     FROM follow_up f JOIN unit u ON u.id = f.unit_id
     WHERE ${followUpUnfinishedSql('f')} AND f.due_on <= :today::date + :daysAhead::int AND u.archived_at IS NULL
   )
   INSERT INTO notification (user_id, kind, params, link, dedupe_key)
   SELECT a.id, p.kind,
     jsonb_build_object('description', p.description, 'dueOn', to_char(p.due_on, 'YYYY-MM-DD'), 'unitName', p.unit_name),
     :link, p.kind || ':' || p.id || ':' || p.due_on
   FROM pending p JOIN app_user a ON a.active AND (a.unit_id = p.unit_id
     OR (p.kind = :overdue AND a.role = 'admin' AND a.instansi_id = p.instansi_id))
   ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
);

/**
 * Who should hear that a layer closes for an assessment within `daysAhead` days: the unit's people, or
 * its evaluators. The day is the layer's last open day (`lastOpenDaySql`), so a reopening moves it.
 */
export const closingWindows = defineQuery<
  {
    today: string;
    daysAhead: number;
    /** The statuses in which an assessment waits on the unit's filling, and on the TPI's evaluation. */
    unitStatuses: readonly string[];
    tpiStatuses: readonly string[];
  },
  {
    user_id: string;
    assessment_id: string;
    unit_id: string;
    unit_name: string;
    year: number;
    layer: 'unit' | 'tpi';
    until: string;
  }
>({
  sql: `WITH open_until AS (
          SELECT a.id AS assessment_id, a.unit_id, u.name AS unit_name, a.year, 'unit' AS layer,
            ${lastOpenDaySql('w', 'a', AnswerLayer.UNIT)} AS until
          FROM assessment_window w JOIN unit u ON u.instansi_id = w.instansi_id
          JOIN assessment a ON a.unit_id = u.id AND a.year = w.year AND a.status = ANY(:unitStatuses::text[])
          -- A reopening only moves the day later: a deadline beyond the horizon needs no look.
          WHERE w.fill_until <= :today::date + :daysAhead::int AND u.archived_at IS NULL
          UNION ALL
          SELECT a.id, a.unit_id, u.name, a.year, 'tpi', ${lastOpenDaySql('w', 'a', AnswerLayer.TPI)}
          FROM assessment_window w JOIN unit u ON u.instansi_id = w.instansi_id
          JOIN assessment a ON a.unit_id = u.id AND a.year = w.year AND a.status = ANY(:tpiStatuses::text[])
          WHERE w.review_until <= :today::date + :daysAhead::int AND u.archived_at IS NULL
        ), closing AS (
          SELECT assessment_id, unit_id, unit_name, year, layer, to_char(until, 'YYYY-MM-DD') AS until
          FROM open_until WHERE until BETWEEN :today::date AND :today::date + :daysAhead::int
        )
        SELECT p.id AS user_id, c.* FROM closing c JOIN app_user p ON p.active AND (
          (c.layer = 'unit' AND p.unit_id = c.unit_id)
          OR (c.layer = 'tpi' AND EXISTS (
            SELECT 1 FROM evaluator_assignment ea WHERE ea.user_id = p.id AND ea.unit_id = c.unit_id)))`,
  columns: {
    user_id: 'uuid',
    assessment_id: 'uuid',
    unit_id: 'uuid',
    unit_name: 'text',
    year: 'integer',
    layer: 'text',
    until: 'text',
  },
});
