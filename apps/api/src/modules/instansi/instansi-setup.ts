import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { issuePasswordToken, passwordLinkOf } from '../auth/password-link.js';
import { MailPreference, Role, User } from '../auth/user.entity.js';
import { Instansi, type InstansiKind } from './instansi.entity.js';

export interface InstansiRegistration {
  name: string;
  kind: InstansiKind;
  region: string | null;
  adminName: string;
  adminEmail: string;
}

/** Registers a government body and its first administrator; returns their one-time password link. */
export async function registerInstansi(
  dataSource: DataSource,
  registration: InstansiRegistration,
  portalUrl: string,
): Promise<string> {
  const token = await dataSource.transaction(async (manager) => {
    const instansi = await manager.save(
      manager.create(Instansi, {
        name: registration.name,
        kind: registration.kind,
        regionCode: registration.region,
        secondReview: false,
      }),
    );
    const admin = await manager.save(
      manager.create(User, {
        name: registration.adminName,
        email: registration.adminEmail,
        role: Role.ADMIN,
        instansiId: instansi.id,
        unitId: null,
        active: true,
        passwordHash: null,
        mailPreference: MailPreference.IMMEDIATE,
      }),
    );
    await recordAudit(manager, {
      actorUserId: null,
      action: 'instansi.create',
      entity: 'instansi',
      entityId: instansi.id,
      after: { ...registration },
    });
    return issuePasswordToken(manager, admin.id, null);
  });
  return passwordLinkOf(portalUrl, token);
}
