import { badInput } from './errors.js';
import { RefusalReason } from './refusal-reason.js';

/** The shape of every row ID: checked before an ID from outside reaches the database. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque global IDs (`Type:uuid`, base64url) as the Relay server specification asks. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: string;
}

/** Throws BAD_USER_INPUT naming `field` when the value is not one of our IDs. */
export function fromGlobalId(globalId: string, field = 'id'): DecodedId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 1 || !UUID.test(id) || toGlobalId(type, id) !== globalId) {
    throw badInput(field, `${field} is not a valid ID`, { reason: RefusalReason.INVALID_ID });
  }
  return { type, id };
}

/** Decodes an ID that must name a `type`; any other type is bad input too. */
export function fromGlobalIdOf(type: string, globalId: string, field = 'id'): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw badInput(field, `${field} must be the ID of a ${type}`, { reason: RefusalReason.INVALID_ID });
  }
  return decoded.id;
}
