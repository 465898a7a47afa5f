import type { PersonFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { asksUnit, personFieldOf, personInput, personProblems, personValuesOf } from './person-form';

/** The roles as the API lists them: only an operator's account belongs to a unit. */
const roles = [
  { role: 'ADMIN', needsUnit: false },
  { role: 'EVALUATOR', needsUnit: false },
  { role: 'UNIT_OPERATOR', needsUnit: true },
] as const;

const valid = {
  name: 'Rina Wulandari',
  email: 'rina@inspektorat.go.id',
  role: 'EVALUATOR' as const,
  unit: null,
  active: true,
};
const unit = { id: 'VW5pdDox', name: 'Puskesmas Sukamaju' };

describe('the person form', () => {
  it('starts a new person active, and an edit from the person', () => {
    expect(personValuesOf(null)).toEqual({ name: '', email: '', role: '', unit: null, active: true });
    const person: PersonFragment = {
      id: 'VXNlcjox',
      name: 'Budi',
      email: 'budi@unit.go.id',
      role: 'UNIT_OPERATOR',
      active: false,
      unit,
      workload: null,
      viewerMay: { changeRole: true, deactivate: true },
    };
    expect(personValuesOf(person)).toEqual({
      name: 'Budi',
      email: 'budi@unit.go.id',
      role: 'UNIT_OPERATOR',
      unit,
      active: false,
    });
  });

  it('needs a name, an email address and a role', () => {
    expect(personProblems(personValuesOf(null), roles)).toEqual({
      name: 'required',
      email: 'required',
      role: 'required',
    });
    expect(personProblems(valid, roles)).toEqual({});
    expect(personProblems({ ...valid, email: 'rina@inspektorat' }, roles)).toEqual({ email: 'format' });
    expect(personProblems({ ...valid, email: 'rina inspektorat.go.id' }, roles)).toEqual({ email: 'format' });
    expect(personProblems({ ...valid, name: 'x'.repeat(201) }, roles)).toEqual({ name: 'tooLong' });
  });

  it('asks a unit for the roles the API says need one, whatever their name', () => {
    expect(asksUnit(roles, 'UNIT_OPERATOR')).toBe(true);
    expect(asksUnit(roles, 'EVALUATOR')).toBe(false);
    expect(asksUnit(roles, '')).toBe(false);
    const evaluatorsInUnits = roles.map((choice) => ({ ...choice, needsUnit: choice.role === 'EVALUATOR' }));
    expect(personProblems(valid, evaluatorsInUnits)).toEqual({ unit: 'required' });
    expect(personProblems({ ...valid, role: 'UNIT_OPERATOR' }, evaluatorsInUnits)).toEqual({});
    expect(personInput({ ...valid, unit }, evaluatorsInUnits)).toMatchObject({ unitId: unit.id });
  });

  it('needs a unit for a unit operator only, and sends it only for one', () => {
    expect(personProblems({ ...valid, role: 'UNIT_OPERATOR' }, roles)).toEqual({ unit: 'required' });
    expect(personInput({ ...valid, role: 'UNIT_OPERATOR', unit }, roles)).toMatchObject({
      role: 'UNIT_OPERATOR',
      unitId: unit.id,
    });
    // A unit chosen before the role changed stays behind.
    expect(personInput({ ...valid, unit, email: ' rina@inspektorat.go.id ' }, roles)).toEqual({
      name: 'Rina Wulandari',
      email: 'rina@inspektorat.go.id',
      role: 'EVALUATOR',
      unitId: null,
      active: true,
    });
  });

  it('shows the API’s refusal of the operator’s unit beside the unit', () => {
    expect(personFieldOf('unitId')).toBe('unit');
    expect(personFieldOf('email')).toBe('email');
    expect(personFieldOf('userId')).toBeNull();
    expect(personFieldOf(null)).toBeNull();
  });
});
