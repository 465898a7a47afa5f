import { Field, ObjectType } from 'type-graphql';
import { Role } from '../auth/user.entity.js';

/** Whether an account of `role` belongs to one unit (a unit operator's) rather than to the instansi. */
export const needsUnit = (role: Role): boolean => role === Role.UNIT_OPERATOR;

@ObjectType({ description: 'A role a person may be given, and what an account of it needs.' })
export class RoleOption {
  @Field(() => Role)
  role: Role;

  @Field({
    description:
      'Whether an account of this role belongs to one unit, which it then needs (UserInput.unitId).',
  })
  needsUnit: boolean;
}

/** Every role, in the order the people form offers them, each with what its account needs. */
export const roleOptions = (): RoleOption[] =>
  Object.values(Role).map((role) => Object.assign(new RoleOption(), { role, needsUnit: needsUnit(role) }));
