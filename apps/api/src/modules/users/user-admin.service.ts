import type { EntityManager } from 'typeorm';
import { keysetPage, type Page } from '../../common/connection.js';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { containsPattern } from '../../common/search.js';
import type { Db } from '../../db/db.js';
import { recordAudit, recordChange } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { issuePasswordToken, LINK_TTL_HOURS, passwordLinkOf, tokenHashOf } from '../auth/password-link.js';
import { MailPreference, Role, User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Mailer } from '../mail/mailer.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { instansiOf } from '../units/unit-registry.service.js';
import { needsUnit } from './role-options.js';
import { selfChangeRefusal } from './self-change.js';
import type {
  AssignEvaluatorsInput,
  AssignmentResult,
  SetPasswordInput,
  UnassignEvaluatorsInput,
  UserInput,
  UserInvitation,
  UsersArgs,
} from './user-admin.inputs.js';
import {
  assignEvaluators,
  endSessionsOf,
  selectedUnits,
  unassignEvaluators,
  unassignEverywhere,
  unitOfInstansi,
  usePasswordToken,
} from './users.queries.js';

/** Users of an instansi: its staff and evaluators, and the operators of its units. */
const IN_INSTANSI = `(u.instansi_id = :instansiId OR EXISTS (
  SELECT 1 FROM unit ou WHERE ou.id = u.unit_id AND ou.instansi_id = :instansiId))`;

/** The Inspektorat manages who works in the portal, and which evaluators take which units. */
export class UserAdminService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationService,
    private readonly portalUrl: string,
  ) {}

  page(viewer: Viewer, args: UsersArgs): Promise<Page<User>> {
    const instansiId = instansiOf(viewer);
    const query = () => {
      const builder = this.db.manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where(IN_INSTANSI, { instansiId });
      if (args.role) builder.andWhere('u.role = :role', { role: args.role });
      if (args.search?.trim()) {
        builder.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', {
          pattern: containsPattern(args.search.trim()),
        });
      }
      return builder;
    };
    return keysetPage(query(), { expression: 'u.name', cursorValue: (user) => user.name }, true, args, () =>
      query().getCount(),
    );
  }

  async create(viewer: Viewer, input: UserInput, request: RequestInfo): Promise<UserInvitation> {
    const instansiId = instansiOf(viewer);
    const placement = await this.placementOf(instansiId, input);
    const { user, token } = await this.write(async (manager) => {
      const created = await manager.save(
        manager.create(User, {
          name: input.name.trim(),
          email: input.email.trim().toLowerCase(),
          role: input.role,
          ...placement,
          active: input.active,
          passwordHash: null,
          mailPreference: MailPreference.IMMEDIATE,
        }),
      );
      const link = await issuePasswordToken(manager, created.id, viewer.id);
      await recordChange(
        manager,
        viewer,
        request,
        'user.create',
        'app_user',
        created.id,
        null,
        snapshot(created),
      );
      return { user: created, token: link };
    });
    return this.invite(user, token);
  }

  async update(viewer: Viewer, userId: string, input: UserInput, request: RequestInfo): Promise<User> {
    const instansiId = instansiOf(viewer);
    const placement = await this.placementOf(instansiId, input);
    return this.write(async (manager) => {
      const user = await this.userInInstansi(manager, instansiId, userId);
      const refusal = selfChangeRefusal(viewer, user, {
        changesRole: input.role !== user.role,
        deactivates: !input.active,
      });
      if (refusal)
        throw forbidden('You cannot change your own role or deactivate yourself.', { reason: refusal });
      const changes = {
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        role: input.role,
        ...placement,
        active: input.active,
      };
      await manager.update(User, { id: user.id }, changes);
      if (!input.active || input.role !== user.role) {
        await endSessionsOf(manager, { userId: user.id });
      }
      if (input.role !== Role.EVALUATOR) {
        await unassignEverywhere(manager, { userId: user.id });
      }
      await recordChange(
        manager,
        viewer,
        request,
        'user.update',
        'app_user',
        user.id,
        snapshot(user),
        changes,
      );
      return manager.findOneByOrFail(User, { id: user.id });
    });
  }

  async sendPasswordLink(viewer: Viewer, userId: string, request: RequestInfo): Promise<UserInvitation> {
    const instansiId = instansiOf(viewer);
    const { user, token } = await this.db.transaction(async (manager) => {
      const found = await this.userInInstansi(manager, instansiId, userId);
      const issued = await issuePasswordToken(manager, found.id, viewer.id);
      await recordChange(manager, viewer, request, 'user.password_link', 'app_user', found.id, null, {});
      return { user: found, token: issued };
    });
    return this.invite(user, token);
  }

  /** Anyone holding a valid link sets the password once; their other sessions end. */
  async setPassword(input: SetPasswordInput, request: RequestInfo): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [used] = await usePasswordToken(manager, { tokenHash: tokenHashOf(input.token) });
      const userId = used?.user_id;
      if (!userId) {
        throw badInput('token', 'token: this link is unknown, used or expired; ask for a new one', {
          reason: RefusalReason.LINK_INVALID,
        });
      }
      // Hashed only for a valid link: anonymous requests with made-up tokens cost no argon2 time.
      await manager.update(User, { id: userId }, { passwordHash: await hashPassword(input.password) });
      await endSessionsOf(manager, { userId });
      await recordAudit(manager, {
        actorUserId: userId,
        action: 'user.set_password',
        entity: 'app_user',
        entityId: userId,
        ip: request.ip,
      });
      return true;
    });
  }

  async assign(
    viewer: Viewer,
    input: AssignEvaluatorsInput,
    request: RequestInfo,
  ): Promise<AssignmentResult> {
    const instansiId = instansiOf(viewer);
    if (!input.unitIds?.length && !input.kind && !input.regionCode) {
      throw badInput(
        'unitIds',
        'choose units by ID, kind or region: an empty selection would take every unit',
        {
          reason: RefusalReason.SELECTION_REQUIRED,
        },
      );
    }
    return this.db.transaction(async (manager) => {
      const evaluators = await this.evaluatorsOf(manager, instansiId, input.evaluatorIds);
      const units = await this.selectUnits(manager, instansiId, input);
      if (units.length === 0) {
        throw badInput('unitIds', 'no active unit of your instansi matches this selection', {
          reason: RefusalReason.NO_UNITS,
        });
      }
      const changed = await assignEvaluators(manager, {
        evaluatorIds: evaluators.map((e) => e.id),
        unitIds: units.map((u) => u.id),
        lead: input.lead,
      });
      await this.notifications.notify(manager, {
        userIds: [...new Set(changed.map((row) => row.user_id))],
        kind: NotificationKind.ASSIGNMENT,
        params: { units: units.length, unitNames: units.slice(0, 10).map((u) => u.name), lead: input.lead },
        link: '/admin/antrian',
      });
      await recordChange(manager, viewer, request, 'evaluators.assign', 'app_user', instansiId, null, {
        evaluatorIds: evaluators.map((e) => e.id),
        unitIds: units.map((u) => u.id),
        lead: input.lead,
      });
      return { units: units.length, changed: changed.length };
    });
  }

  async unassign(
    viewer: Viewer,
    input: UnassignEvaluatorsInput,
    request: RequestInfo,
  ): Promise<AssignmentResult> {
    const instansiId = instansiOf(viewer);
    const unitIds = input.unitIds.map((id) => fromGlobalIdOf('Unit', id, 'unitIds'));
    return this.db.transaction(async (manager) => {
      const evaluators = await this.evaluatorsOf(manager, instansiId, input.evaluatorIds);
      const count = await unassignEvaluators(manager, {
        evaluatorIds: evaluators.map((e) => e.id),
        unitIds,
        instansiId,
      });
      await recordChange(manager, viewer, request, 'evaluators.unassign', 'app_user', instansiId, null, {
        evaluatorIds: evaluators.map((e) => e.id),
        unitIds,
      });
      return { units: unitIds.length, changed: count };
    });
  }

  private async invite(user: User, token: string): Promise<UserInvitation> {
    const link = passwordLinkOf(this.portalUrl, token);
    await this.mailer.send({
      to: user.email,
      subject: 'Akses portal Zona Integritas',
      text: `Yth. ${user.name},\n\nBuat kata sandi Anda untuk portal Zona Integritas melalui tautan berikut (berlaku ${LINK_TTL_HOURS} jam, sekali pakai):\n\n${link}\n`,
    });
    return {
      user,
      mailed: this.mailer.delivers,
      link: this.mailer.delivers ? null : link,
      expiresAt: new Date(Date.now() + LINK_TTL_HOURS * 3_600_000),
    };
  }

  /** Where a role sits: staff and evaluators in the instansi, operators in one of its units. */
  private async placementOf(instansiId: string, input: UserInput) {
    if (!needsUnit(input.role)) return { instansiId, unitId: null };
    if (!input.unitId)
      throw badInput('unitId', 'unitId is required for a unit operator', { reason: RefusalReason.REQUIRED });
    const unitId = fromGlobalIdOf('Unit', input.unitId, 'unitId');
    const [unit] = await unitOfInstansi(this.db.manager, { unitId, instansiId });
    if (!unit) throw notFound('unitId', 'unit', 'your instansi');
    return { instansiId: null, unitId };
  }

  private async userInInstansi(manager: EntityManager, instansiId: string, globalId: string): Promise<User> {
    const id = fromGlobalIdOf('User', globalId, 'userId');
    const user = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .andWhere(IN_INSTANSI, { instansiId })
      .getOne();
    if (!user) throw notFound('userId', 'user', 'your instansi');
    return user;
  }

  private async evaluatorsOf(
    manager: EntityManager,
    instansiId: string,
    globalIds: string[],
  ): Promise<User[]> {
    const ids = globalIds.map((id) => fromGlobalIdOf('User', id, 'evaluatorIds'));
    const evaluators = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id = ANY(:ids) AND u.role = :role AND u.instansi_id = :instansiId AND u.active', {
        ids,
        role: Role.EVALUATOR,
        instansiId,
      })
      .getMany();
    if (evaluators.length !== new Set(ids).size) {
      throw badInput('evaluatorIds', 'evaluatorIds: each must be an active evaluator of your instansi', {
        reason: RefusalReason.NOT_AN_EVALUATOR,
      });
    }
    return evaluators;
  }

  private selectUnits(manager: EntityManager, instansiId: string, input: AssignEvaluatorsInput) {
    const unitIds = input.unitIds?.map((id) => fromGlobalIdOf('Unit', id, 'unitIds')) ?? null;
    return selectedUnits(manager, {
      instansiId,
      unitIds,
      kind: input.kind ?? null,
      regionCode: input.regionCode ?? null,
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badInput('email', 'email: another user has this email', { reason: RefusalReason.EMAIL_TAKEN });
      }
      throw error;
    }
  }
}

const snapshot = (user: User) => ({
  name: user.name,
  email: user.email,
  role: user.role,
  instansiId: user.instansiId,
  unitId: user.unitId,
  active: user.active,
});
