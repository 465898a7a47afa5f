import type { RegistryUnitFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { unitInput, unitProblems, unitValuesOf } from './unit-form';

const blank = unitValuesOf(null);
const valid = { ...blank, name: '  Dinas Kesehatan  ', kind: 'DINAS' as const };

describe('the unit form', () => {
  it('starts empty for a new unit, and from the unit’s fields for an edit', () => {
    expect(blank).toEqual({
      name: '',
      kind: '',
      code: '',
      regionCode: '',
      address: '',
      headName: '',
      servesPublic: false,
      aliases: '',
    });
    const unit: RegistryUnitFragment = {
      id: 'VW5pdDox',
      name: 'RSUD Harapan',
      kind: 'RSUD',
      code: 'RS-01',
      regionCode: null,
      address: null,
      headName: 'dr. Sari',
      servesPublic: true,
      aliases: ['RSUD', 'RS Harapan'],
      archivedAt: null,
      archiveReason: null,
      evaluators: [],
    };
    expect(unitValuesOf(unit)).toMatchObject({
      name: 'RSUD Harapan',
      code: 'RS-01',
      regionCode: '',
      servesPublic: true,
      aliases: 'RSUD, RS Harapan',
    });
  });

  it('needs a name and a kind', () => {
    expect(unitProblems(blank)).toEqual({ name: 'required', kind: 'required' });
    expect(unitProblems({ ...valid, name: '   ' })).toEqual({ name: 'required' });
    expect(unitProblems(valid)).toEqual({});
  });

  it('checks the code and region code as the API does, when given', () => {
    expect(unitProblems({ ...valid, code: 'DINKES/2026-01' })).toEqual({});
    expect(unitProblems({ ...valid, code: '-awal' })).toEqual({ code: 'format' });
    expect(unitProblems({ ...valid, code: 'a'.repeat(41) })).toEqual({ code: 'format' });
    expect(unitProblems({ ...valid, regionCode: '64.71.01' })).toEqual({});
    expect(unitProblems({ ...valid, regionCode: '6471' })).toEqual({ regionCode: 'format' });
  });

  it('refuses text longer than the API keeps', () => {
    expect(
      unitProblems({ ...valid, name: 'n'.repeat(201), address: 'a'.repeat(501), headName: 'h'.repeat(200) }),
    ).toEqual({ name: 'tooLong', address: 'tooLong' });
  });

  it('sends trimmed text, and empty optional fields as null', () => {
    expect(unitInput({ ...valid, code: ' D-01 ', address: '  ' })).toEqual({
      name: 'Dinas Kesehatan',
      kind: 'DINAS',
      code: 'D-01',
      regionCode: null,
      address: null,
      headName: null,
      servesPublic: false,
      aliases: [],
    });
    expect(() => unitInput(blank)).toThrow();
  });

  it('takes acronyms separated by commas, within the API’s limits', () => {
    expect(unitInput({ ...valid, aliases: ' DPMPTSP ,, DPM-PTSP ' }).aliases).toEqual([
      'DPMPTSP',
      'DPM-PTSP',
    ]);
    expect(unitProblems({ ...valid, aliases: 'A, B, C, D, E, F, G, H, I, J' })).toEqual({});
    expect(unitProblems({ ...valid, aliases: 'A, B, C, D, E, F, G, H, I, J, K' })).toEqual({
      aliases: 'tooLong',
    });
    expect(unitProblems({ ...valid, aliases: 'x'.repeat(41) })).toEqual({ aliases: 'tooLong' });
  });
});
