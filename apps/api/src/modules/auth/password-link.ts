import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addPasswordToken, retirePasswordTokens } from './auth.queries.js';

export const LINK_TTL_HOURS = 72;

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export const passwordLinkOf = (portalUrl: string, token: string) =>
  `${portalUrl}/admin/kata-sandi?token=${token}`;

/**
 * A one-time token to set a password, stored as a hash; any older unused link of the person stops
 * working. `createdBy` is null when the platform's operator issues it from the command line.
 */
export async function issuePasswordToken(
  manager: EntityManager,
  userId: string,
  createdBy: string | null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await retirePasswordTokens(manager, { userId });
  await addPasswordToken(manager, {
    tokenHash: tokenHashOf(token),
    userId,
    createdBy,
    hours: LINK_TTL_HOURS,
  });
  return token;
}
