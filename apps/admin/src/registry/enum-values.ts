import type { MailPreference, Role } from '@zi/schema/admin';

/** Every value of an enum, in the record's order; the record makes a missing value a type error. */
function valuesOf<E extends string>(all: Record<E, true>): E[] {
  return Object.keys(all) as E[];
}

export const ROLES = valuesOf<Role>({ ADMIN: true, EVALUATOR: true, UNIT_OPERATOR: true });

export const MAIL_PREFERENCES = valuesOf<MailPreference>({ IMMEDIATE: true, DAILY_DIGEST: true, OFF: true });
