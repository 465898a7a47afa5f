import { type EntityManager, IsNull } from 'typeorm';
import { keysetPage, type Page, type PageArgs } from '../../common/connection.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { DEFAULT_TIME_ZONE } from '../../common/indonesian-time.js';
import type { Db } from '../../db/db.js';
import { logger } from '../../logger.js';
import { MailPreference, User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Mailer } from '../mail/mailer.js';
import { Notification, type NotificationKind } from './notification.entity.js';
import { digestMail, notificationMail } from './notification.mail.js';
import {
  addNotifications,
  markDigestSent,
  markMailed,
  markRead,
  type PendingRow,
  pendingMails,
} from './notifications.queries.js';

export interface NewNotification {
  userIds: readonly string[];
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string;
  /** The same reminder is made once per person: a sweep running twice notifies nobody twice. */
  dedupeKey?: string;
}

/** The hour the daily digest goes out, in each person's instansi's zone (`pendingMails`). */
const DIGEST_HOUR = 7;

/** What a dispatch sent, and what failed (to be tried again on the next). */
export interface Dispatched {
  mails: number;
  failed: number;
}

/** In-app notifications and the mails that carry them, at once or as a daily digest. */
export class NotificationService {
  private running: Promise<Dispatched> | null = null;
  private waiting: Promise<Dispatched> | null = null;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly portalUrl: string,
  ) {}

  /** Adds notifications inside the caller's transaction, so they exist only if the action does. */
  notify(manager: EntityManager, notification: NewNotification): Promise<number> {
    const { userIds, ...rest } = notification;
    return this.notifyEach(
      manager,
      userIds.map((userId) => ({ userId, ...rest })),
    );
  }

  /** Many notifications, each to one person, in one statement; known dedupe keys are skipped. */
  async notifyEach(
    manager: EntityManager,
    notifications: ReadonlyArray<Omit<NewNotification, 'userIds'> & { userId: string }>,
  ): Promise<number> {
    if (notifications.length === 0) return 0;
    return addNotifications(manager, {
      userIds: notifications.map((n) => n.userId),
      kinds: notifications.map((n) => n.kind),
      params: notifications.map((n) => JSON.stringify(n.params)),
      links: notifications.map((n) => n.link),
      dedupeKeys: notifications.map((n) => n.dedupeKey ?? null),
    });
  }

  page(viewer: Viewer, args: PageArgs, unreadOnly: boolean): Promise<Page<Notification>> {
    const query = () => {
      const builder = this.db.manager
        .getRepository(Notification)
        .createQueryBuilder('n')
        .where('n.user_id = :userId', { userId: viewer.id });
      return unreadOnly ? builder.andWhere('n.read_at IS NULL') : builder;
    };
    return keysetPage(
      query(),
      // Milliseconds, as JavaScript keeps them: a cursor must compare equal to the row it came from.
      {
        expression: "date_trunc('milliseconds', n.created_at)",
        cursorValue: (n) => n.createdAt.toISOString(),
      },
      false,
      args,
      () => query().getCount(),
    );
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return this.db.manager.getRepository(Notification).countBy({ userId: viewer.id, readAt: IsNull() });
  }

  /** Marks the given notifications, or all of the viewer's, as read; returns how many changed. */
  async markRead(viewer: Viewer, globalIds: readonly string[] | null): Promise<number> {
    const ids = globalIds?.map((id) => fromGlobalIdOf('Notification', id, 'ids'));
    return markRead(this.db.manager, { userId: viewer.id, ids: ids ?? null });
  }

  async setMailPreference(viewer: Viewer, preference: MailPreference): Promise<User> {
    await this.db.manager.getRepository(User).update({ id: viewer.id }, { mailPreference: preference });
    return this.db.manager.getRepository(User).findOneByOrFail({ id: viewer.id });
  }

  /**
   * Mails what is due: each unmailed notification to people who want them at once, and one digest
   * a day, from 07:00 in their instansi's zone, to those who want a digest. A failed mail stays unmailed for the next run.
   * One run at a time, so that no mail goes out twice: a call during a run waits for one more run,
   * which callers arriving meanwhile share (it sees what they were called for). `now`: the run's
   * clock, the time it starts when not given.
   */
  dispatch(now?: Date): Promise<Dispatched> {
    if (this.waiting) return this.waiting;
    if (!this.running) return this.run(now);
    this.waiting = this.running
      .catch(() => undefined)
      .then(() => {
        this.waiting = null;
        return this.run(now);
      });
    return this.waiting;
  }

  private run(now: Date | undefined): Promise<Dispatched> {
    const running = this.mailDue(now ?? new Date()).finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }

  private async mailDue(now: Date): Promise<Dispatched> {
    const rows = await pendingMails(this.db.manager, {
      now,
      digestHour: DIGEST_HOUR,
      defaultZone: DEFAULT_TIME_ZONE,
    });
    let mails = 0;
    let failed = 0;
    for (const [userId, pending] of groupByUser(rows)) {
      const first = pending[0] as PendingRow;
      const batches =
        first.mail_preference === MailPreference.IMMEDIATE ? pending.map((row) => [row]) : [pending];
      for (const batch of batches) {
        try {
          const mail =
            batch.length === 1 && first.mail_preference === MailPreference.IMMEDIATE
              ? notificationMail(batch[0] as PendingRow, this.portalUrl)
              : digestMail(batch, this.portalUrl);
          await this.mailer.send({ to: first.email, ...mail });
          await this.markMailed(userId, batch, first.mail_preference, now);
          mails += 1;
        } catch (error) {
          failed += 1;
          logger.error('notification mail failed', { userId, error: (error as Error).message });
        }
      }
    }
    return { mails, failed };
  }

  private async markMailed(userId: string, batch: PendingRow[], preference: string, now: Date) {
    await this.db.transaction(async (manager) => {
      await markMailed(manager, { ids: batch.map((row) => row.id), now });
      if (preference === MailPreference.DAILY_DIGEST) {
        await markDigestSent(manager, { userId, now });
      }
    });
  }
}

function groupByUser(rows: PendingRow[]): Map<string, PendingRow[]> {
  const groups = new Map<string, PendingRow[]>();
  for (const row of rows) groups.set(row.user_id, [...(groups.get(row.user_id) ?? []), row]);
  return groups;
}
