import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

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
  await manager.query('UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [
    userId,
  ]);
  await manager.query(
    `INSERT INTO password_token (token_hash, user_id, created_by, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [tokenHashOf(token), userId, createdBy, LINK_TTL_HOURS],
  );
  return token;
}
