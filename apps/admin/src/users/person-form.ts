import type { PersonFragment, Role, RoleChoiceFragment, UserInput } from '@zi/schema/admin';

/** A unit as a person's form shows it: enough to name it. */
export interface UnitChoice {
  id: string;
  name: string;
}

/** A person as their form holds them; a unit chosen is kept while another role is tried. */
export interface PersonValues {
  name: string;
  email: string;
  role: Role | '';
  unit: UnitChoice | null;
  active: boolean;
}

export type PersonField = 'name' | 'email' | 'role' | 'unit';
export type PersonProblem = 'required' | 'tooLong' | 'format';

export const PERSON_LIMITS = { name: 200, email: 254 } as const;

/** Enough to catch a slip (a missing @ or domain); the API checks the address properly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function personValuesOf(person: PersonFragment | null): PersonValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    role: person?.role ?? '',
    unit: person?.unit ?? null,
    active: person?.active ?? true,
  };
}

/** The roles the form offers, each with whether its account needs a unit, as the API says. */
export type RoleChoices = readonly RoleChoiceFragment[];

const choiceOf = (roles: RoleChoices, role: Role | ''): RoleChoiceFragment | null =>
  roles.find((choice) => choice.role === role) ?? null;

/** Whether the form asks for a unit: the chosen role's account belongs to one. */
export const asksUnit = (roles: RoleChoices, role: Role | ''): boolean =>
  choiceOf(roles, role)?.needsUnit ?? false;

/** What keeps the form from being sent, by field; empty when it may be. */
export function personProblems(
  values: PersonValues,
  roles: RoleChoices,
): Partial<Record<PersonField, PersonProblem>> {
  const problems: Partial<Record<PersonField, PersonProblem>> = {};
  const name = values.name.trim();
  const email = values.email.trim();
  if (!name) problems.name = 'required';
  else if (name.length > PERSON_LIMITS.name) problems.name = 'tooLong';
  if (!email) problems.email = 'required';
  else if (email.length > PERSON_LIMITS.email) problems.email = 'tooLong';
  else if (!EMAIL.test(email)) problems.email = 'format';
  if (!values.role) problems.role = 'required';
  if (asksUnit(roles, values.role) && !values.unit) problems.unit = 'required';
  return problems;
}

/** The input the API takes; a unit only for a role that needs one. Call once the values have no problems. */
export function personInput(values: PersonValues, roles: RoleChoices): UserInput {
  const choice = choiceOf(roles, values.role);
  if (!choice) throw new Error('A person needs a role.');
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    role: choice.role,
    unitId: choice.needsUnit ? (values.unit?.id ?? null) : null,
    active: values.active,
  };
}

/** The API names the operator's unit `unitId`; the form calls that field `unit`. */
export function personFieldOf(apiField: string | null): PersonField | null {
  if (apiField === 'unitId') return 'unit';
  return apiField === 'name' || apiField === 'email' || apiField === 'role' ? apiField : null;
}
