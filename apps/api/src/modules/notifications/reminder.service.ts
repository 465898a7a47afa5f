import { todayInIndonesia } from '../../common/dates.js';
import { toGlobalId } from '../../common/global-id.js';
import type { Db } from '../../db/db.js';
import { logger } from '../../logger.js';
import { followUpOverdueSql, followUpUnfinishedSql } from '../monitoring/overdue.js';
import { NotificationKind } from './notification.entity.js';
import type { NotificationService } from './notification.service.js';

/** How many days ahead a coming deadline is announced. */
export const REMIND_DAYS_AHEAD = 7;

const FOLLOW_UPS = `/admin/tindak-lanjut`;

/**
 * Turns dates into notifications: follow-ups coming due and overdue, and windows about to close.
 * Each reminder has a key, so running the sweep again (every hour, or on two replicas) adds nothing.
 * Archived units are left out, as the dashboard leaves them out: no one works on them any more.
 */
export class ReminderService {
  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationService,
  ) {}

  async sweep(today = todayInIndonesia()): Promise<number> {
    const counts = await Promise.all([this.followUps(today), this.windows(today)]);
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** One sweep and the mails it makes due; what fails is logged and retried on the next run. */
  async run(now = new Date()): Promise<void> {
    try {
      const created = await this.sweep(todayInIndonesia(now.getTime()));
      const { mails, failed } = await this.notifications.dispatch(now);
      if (created + mails + failed > 0) logger.info('reminders', { created, mails, failed });
    } catch (error) {
      logger.error('reminder run failed', { error: (error as Error).message });
    }
  }

  private async followUps(today: string): Promise<number> {
    const rows = (await this.db.manager.query(
      `WITH pending AS (
         SELECT f.id, f.description, f.due_on, u.id AS unit_id, u.name AS unit_name, u.instansi_id,
           CASE WHEN ${followUpOverdueSql('f', '$1::date')} THEN $2 ELSE $3 END AS kind
         FROM follow_up f JOIN unit u ON u.id = f.unit_id
         WHERE ${followUpUnfinishedSql('f')} AND f.due_on <= $1::date + $4::int AND u.archived_at IS NULL
       )
       INSERT INTO notification (user_id, kind, params, link, dedupe_key)
       SELECT a.id, p.kind,
         jsonb_build_object('description', p.description, 'dueOn', to_char(p.due_on, 'YYYY-MM-DD'), 'unitName', p.unit_name),
         $5, p.kind || ':' || p.id || ':' || p.due_on
       FROM pending p JOIN app_user a ON a.active AND (a.unit_id = p.unit_id
         OR (p.kind = $2 AND a.role = 'admin' AND a.instansi_id = p.instansi_id))
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING 1`,
      [
        today,
        NotificationKind.FOLLOW_UP_OVERDUE,
        NotificationKind.FOLLOW_UP_DUE,
        REMIND_DAYS_AHEAD,
        FOLLOW_UPS,
      ],
    )) as unknown[];
    return rows.length;
  }

  private async windows(today: string): Promise<number> {
    const rows = (await this.db.manager.query(
      `WITH closing AS (
         SELECT a.id AS assessment_id, a.unit_id, u.name AS unit_name, a.year, 'unit' AS layer,
           to_char(w.fill_until, 'YYYY-MM-DD') AS until
         FROM assessment_window w JOIN unit u ON u.instansi_id = w.instansi_id
         JOIN assessment a ON a.unit_id = u.id AND a.year = w.year AND a.status IN ('draft', 'returned')
         WHERE w.fill_until BETWEEN $1::date AND $1::date + $2::int AND u.archived_at IS NULL
         UNION ALL
         SELECT a.id, a.unit_id, u.name, a.year, 'tpi', to_char(w.review_until, 'YYYY-MM-DD')
         FROM assessment_window w JOIN unit u ON u.instansi_id = w.instansi_id
         JOIN assessment a ON a.unit_id = u.id AND a.year = w.year AND a.status IN ('submitted', 'in_review')
         WHERE w.review_until BETWEEN $1::date AND $1::date + $2::int AND u.archived_at IS NULL
       )
       SELECT p.id AS user_id, c.* FROM closing c JOIN app_user p ON p.active AND (
         (c.layer = 'unit' AND p.unit_id = c.unit_id)
         OR (c.layer = 'tpi' AND EXISTS (
           SELECT 1 FROM evaluator_assignment ea WHERE ea.user_id = p.id AND ea.unit_id = c.unit_id)))`,
      [today, REMIND_DAYS_AHEAD],
    )) as ClosingRow[];
    return this.notifications.notifyEach(
      this.db.manager,
      rows.map((row) => ({
        userId: row.user_id,
        kind: NotificationKind.WINDOW_CLOSING,
        params: { layer: row.layer, until: row.until, year: row.year, unitName: row.unit_name },
        link: `/admin/assessments/${toGlobalId('Assessment', row.assessment_id)}`,
        dedupeKey: `window_closing:${row.assessment_id}:${row.layer}:${row.until}`,
      })),
    );
  }
}

interface ClosingRow {
  user_id: string;
  assessment_id: string;
  unit_name: string;
  year: number;
  layer: 'unit' | 'tpi';
  until: string;
}
