import { createHash, randomBytes } from 'node:crypto';
import type { RequestInfo } from '../../common/context.js';
import { unauthenticated } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordAudit } from '../audit/audit.service.js';
import { endExpiredSessionsOf, sessionUser } from './auth.queries.js';
import { type DeviceCookie, LoginDevices } from './login-devices.js';
import { LoginThrottle, loginSubject } from './login-throttle.js';
import { verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { Viewer } from './viewer.js';

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  user: User;
  token: string;
  expiresAt: Date;
  /** The browser's new `zi_device` cookie: it is remembered for this account (decision 0031). */
  device: DeviceCookie;
}

export class AuthService {
  private readonly throttle: LoginThrottle;
  private readonly devices: LoginDevices;

  constructor(
    private readonly db: Db,
    private readonly sessionTtlHours: number,
  ) {
    this.throttle = new LoginThrottle(db);
    this.devices = new LoginDevices(db);
  }

  /**
   * One message for every failure, so the answer never reveals whether an email exists. The
   * attempt is reserved on the throttle's counters before the password is checked (decision 0031);
   * `deviceToken` is the browser's `zi_device` cookie, if any.
   */
  async login(
    email: string,
    password: string,
    request: RequestInfo,
    deviceToken?: string,
  ): Promise<LoginResult> {
    const normalized = email.trim().toLowerCase();
    const subject = loginSubject(normalized);
    const knownDevice = await this.devices.recognise(deviceToken, subject);
    const attempt = await this.throttle.reserve(subject, request.ip, knownDevice);
    let failed = false;
    let user: User | null;
    try {
      const checked = await this.checkPassword(normalized, password);
      failed = !checked.valid;
      user = checked.user;
    } finally {
      // Settled whatever happened: an error on the way counts for nothing, a wrong password as a failure.
      await this.throttle.settle(attempt, failed);
    }
    if (!user || failed)
      throw unauthenticated('Email or password is incorrect.', { reason: RefusalReason.WRONG_CREDENTIALS });
    const userId = user.id;

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3_600_000);
    // One transaction: a login either opens its session, remembers the browser and is audited, or none.
    const device = await this.db.transaction(async (manager) => {
      await endExpiredSessionsOf(manager, { userId });
      await manager.insert(Session, {
        id: sessionIdOf(token),
        userId,
        expiresAt,
        ip: request.ip,
        userAgent: request.userAgent?.slice(0, 500) ?? null,
      });
      const remembered = await this.devices.remember(deviceToken, subject);
      // Last: the audit log's lock is held until the commit right after.
      await recordAudit(manager, {
        actorUserId: userId,
        action: 'auth.login',
        entity: 'session',
        ip: request.ip,
      });
      return remembered;
    });
    return { user, token, expiresAt, device };
  }

  /** The active user with this email, and whether this is their password (checked against a dummy if none). */
  private async checkPassword(
    email: string,
    password: string,
  ): Promise<{ user: User | null; valid: boolean }> {
    const user = await this.db.manager.getRepository(User).findOneBy({ email, active: true });
    return { user, valid: await verifyPassword(user ? (user.passwordHash ?? '') : undefined, password) };
  }

  async logout(viewer: Viewer, request: RequestInfo): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.delete(Session, { id: viewer.sessionId });
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: 'auth.logout',
        entity: 'session',
        ip: request.ip,
      });
    });
  }

  /** The viewer behind a session cookie, or null when it is unknown, expired or the user is inactive. */
  async viewerFromToken(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const sessionId = sessionIdOf(token);
    const [row] = await sessionUser(this.db.manager, { sessionId });
    if (!row) return null;
    return { id: row.id, sessionId, role: row.role, instansiId: row.instansi_id, unitId: row.unit_id };
  }
}
