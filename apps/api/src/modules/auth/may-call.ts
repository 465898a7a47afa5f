import type { GraphQLSchema } from 'graphql';
import { accessRuleOf } from './access.js';
import type { Role } from './user.entity.js';

/**
 * Whether `role` passes the access rule (`@Allow`) of the root query or mutation `operation`: the
 * rule that guards the call is the one a `viewerMay` field answers with, never a copy of it. An
 * operation the schema does not have is a programming error, so a renamed one fails the tests.
 */
export function mayCall(schema: GraphQLSchema, operation: string, role: Role): boolean {
  const field =
    schema.getMutationType()?.getFields()[operation] ?? schema.getQueryType()?.getFields()[operation];
  if (!field) throw new Error(`The admin schema has no operation ${operation}.`);
  const rule = accessRuleOf(field);
  if (rule === undefined) throw new Error(`${operation} has no access rule.`);
  return rule === 'anonymous' || rule.includes(role);
}

/** Whether `role` may call every one of `operations`. */
export const mayCallAll = (schema: GraphQLSchema, operations: readonly string[], role: Role): boolean =>
  operations.every((operation) => mayCall(schema, operation, role));
