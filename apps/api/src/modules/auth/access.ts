import type { GraphQLField, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
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

function isRootField(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return parentType === schema.getQueryType() || parentType === schema.getMutationType();
}

/** Default deny: every query and mutation must carry an explicit rule. */
export const accessGuard: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (!isRootField(info)) return next();
  const field = info.parentType.getFields()[info.fieldName];
  const rule = field ? accessRuleOf(field) : undefined;
  if (rule === undefined) throw forbidden(`${info.fieldName} has no access rule and is refused.`);
  if (rule === 'anonymous') return next();
  if (!context.viewer) throw unauthenticated();
  if (!rule.includes(context.viewer.role)) throw forbidden();
  return next();
};

/** Root fields of `schema` that have no access rule (the schema test expects none). */
export function fieldsWithoutRule(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()]
    .flatMap((type) => (type ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
    .filter(({ field }) => accessRuleOf(field) === undefined)
    .map(({ type, field }) => `${type.name}.${field.name}`);
}
