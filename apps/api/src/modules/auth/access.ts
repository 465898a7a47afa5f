import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { forbidden, unauthenticated } from '../../common/errors.js';
import { Role } from './user.entity.js';

/** Who may call a root field of the admin schema. A field without a rule is refused. */
export type AccessRule = 'anonymous' | readonly Role[];

const ACCESS = 'access';

/** Only these roles; scope (own unit, assigned units, own instansi) is checked by the service. */
export const Allow = (...roles: Role[]) => Extensions({ [ACCESS]: roles });

export const AllowAnyRole = () => Allow(...Object.values(Role));

export const AllowAnonymous = () => Extensions({ [ACCESS]: 'anonymous' });

export function accessRuleOf(field: GraphQLField<unknown, unknown>): AccessRule | undefined {
  return field.extensions?.[ACCESS] as AccessRule | undefined;
}

/** Refuses a call of a root field its rule does not allow; every query and mutation must carry one. */
function checkAccess(field: GraphQLField<unknown, unknown>, context: Context): void {
  const rule = accessRuleOf(field);
  if (rule === undefined) throw forbidden(`${field.name} has no access rule and is refused.`);
  if (rule === 'anonymous') return;
  if (!context.viewer) throw unauthenticated();
  if (!rule.includes(context.viewer.role)) throw forbidden();
}

/**
 * Puts the access check in front of every root field's resolver of `schema`. Only root fields carry
 * rules: the guard as a global middleware ran on every field of every answer, each a chain of
 * promises, which was most of the worksheet page's time (decision 0048).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        checkAccess(field, context);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

/** Root fields of `schema` that have no access rule (the schema test expects none). */
export function fieldsWithoutRule(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()]
    .flatMap((type) => (type ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
    .filter(({ field }) => accessRuleOf(field) === undefined)
    .map(({ type, field }) => `${type.name}.${field.name}`);
}
