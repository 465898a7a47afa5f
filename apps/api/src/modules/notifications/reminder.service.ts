import { todayInIndonesia } from '../../common/dates.js';
import { toGlobalId } from '../../common/global-id.js';
import type { Db } from '../../db/db.js';
import { logger } from '../../logger.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { DEADLINE_NEAR_DAYS, statusesWaitingOn } from '../deadlines/deadline.js';
import { NotificationKind } from './notification.entity.js';
import type { NotificationService } from './notification.service.js';
import { closingWindows, remindFollowUps } from './notifications.queries.js';

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
    return remindFollowUps(this.db.manager, {
      today,
      overdue: NotificationKind.FOLLOW_UP_OVERDUE,
      due: NotificationKind.FOLLOW_UP_DUE,
      daysAhead: DEADLINE_NEAR_DAYS,
      link: FOLLOW_UPS,
    });
  }

  private async windows(today: string): Promise<number> {
    const rows = await closingWindows(this.db.manager, {
      today,
      daysAhead: DEADLINE_NEAR_DAYS,
      unitStatuses: statusesWaitingOn(AnswerLayer.UNIT),
      tpiStatuses: statusesWaitingOn(AnswerLayer.TPI),
    });
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
