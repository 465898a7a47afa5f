import type { PersonFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { personFieldOf, personInput, personProblems, personValuesOf } from './person-form';

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
    expect(personProblems(personValuesOf(null))).toEqual({
      name: 'required',
      email: 'required',
      role: 'required',
    });
    expect(personProblems(valid)).toEqual({});
    expect(personProblems({ ...valid, email: 'rina@inspektorat' })).toEqual({ email: 'format' });
    expect(personProblems({ ...valid, email: 'rina inspektorat.go.id' })).toEqual({ email: 'format' });
    expect(personProblems({ ...valid, name: 'x'.repeat(201) })).toEqual({ name: 'tooLong' });
  });

  it('needs a unit for a unit operator only, and sends it only for one', () => {
    expect(personProblems({ ...valid, role: 'UNIT_OPERATOR' })).toEqual({ unit: 'required' });
    expect(personInput({ ...valid, role: 'UNIT_OPERATOR', unit })).toMatchObject({
      role: 'UNIT_OPERATOR',
      unitId: unit.id,
    });
    // A unit chosen before the role changed stays behind.
    expect(personInput({ ...valid, unit, email: ' rina@inspektorat.go.id ' })).toEqual({
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
