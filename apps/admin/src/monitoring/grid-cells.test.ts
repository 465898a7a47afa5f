import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { failedOutcome } from '../editing/save-outcome';
import {
  CELL_REFUSALS,
  cellCode,
  cellInput,
  cellOfCode,
  judgementOfKey,
  judgementOfText,
  pasteOnGrid,
} from './grid-cells';

const UNITS = ['u1', 'u2', 'u3'];
const AREAS = ['CHANGE_MANAGEMENT', 'BUSINESS_PROCESS', 'HUMAN_RESOURCES'] as const;

describe('the monitoring grid’s cells', () => {
  it('name a unit and an area in one code and back, whatever the unit id holds', () => {
    const cell = { unitId: 'VW5pdDp4|y', area: 'SUPERVISION' as const };
    expect(cellOfCode(cellCode(cell))).toEqual(cell);
  });

  it('take 1–4 from the keyboard in the legend’s order, and nothing else', () => {
    expect(['1', '2', '3', '4'].map(judgementOfKey)).toEqual(['NOT_STARTED', 'BEHIND', 'ON_TRACK', 'AHEAD']);
    expect(['0', '5', 'a', ' ', 'Enter'].map(judgementOfKey)).toEqual([null, null, null, null, null]);
  });

  it('read a judgement pasted as a number, a code or its words in Indonesian or English', () => {
    expect(judgementOfText(' Sesuai rencana ')).toBe('ON_TRACK');
    expect(judgementOfText('sesuai  RENCANA')).toBe('ON_TRACK');
    expect(judgementOfText('on_track')).toBe('ON_TRACK');
    expect(judgementOfText('Behind')).toBe('BEHIND');
    expect(judgementOfText('Belum dimulai')).toBe('NOT_STARTED');
    expect(judgementOfText('4')).toBe('AHEAD');
    expect(judgementOfText('baik')).toBeNull();
  });

  it('lay a pasted block over the grid from the cell in focus, skipping blanks, cutting what falls outside', () => {
    const text = 'Tertinggal\t3\tx\tAhead\r\n\t1\r\nSesuai rencana\t2\r\nAHEAD\r\n';
    const paste = pasteOnGrid(text, { row: 1, column: 1 }, UNITS, AREAS);
    expect(paste.cells).toEqual([
      { unitId: 'u2', area: 'BUSINESS_PROCESS', judgement: 'BEHIND' },
      { unitId: 'u2', area: 'HUMAN_RESOURCES', judgement: 'ON_TRACK' },
      { unitId: 'u3', area: 'HUMAN_RESOURCES', judgement: 'NOT_STARTED' },
    ]);
    // "x" fell outside the grid's columns, the fourth row below its last unit: neither is reported.
    expect(paste.unreadable).toEqual([]);
    const unreadable = pasteOnGrid('baik\tSesuai', { row: 0, column: 0 }, UNITS, AREAS).unreadable;
    expect(unreadable).toEqual([
      { row: 1, column: 1, text: 'baik' },
      { row: 1, column: 2, text: 'Sesuai' },
    ]);
  });
});

describe('a grid save the API refuses', () => {
  const batch = [
    {
      code: cellCode({ unitId: 'u1', area: 'SUPERVISION' }),
      option: 'AHEAD',
      number: null,
      note: null,
      version: 2,
    },
    {
      code: cellCode({ unitId: 'u2', area: 'SUPERVISION' }),
      option: 'BEHIND',
      number: null,
      note: 'x',
      version: 0,
    },
  ];
  const refused = (extensions: Record<string, unknown>) =>
    failedOutcome(
      new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] }),
      batch,
      CELL_REFUSALS,
    );

  it('goes out as the cells saveMonitoringCells takes', () => {
    expect(batch.map(cellInput)).toEqual([
      { unitId: 'u1', area: 'SUPERVISION', judgement: 'AHEAD', note: null, version: 2 },
      { unitId: 'u2', area: 'SUPERVISION', judgement: 'BEHIND', note: 'x', version: 0 },
    ]);
  });

  it('names the cell someone saved since, with what is saved now (the extensions the API test asserts)', () => {
    const outcome = refused({
      code: 'CONFLICT',
      field: 'cells.1',
      unitId: 'u2',
      area: 'SUPERVISION',
      yourVersion: 0,
      currentVersion: 1,
      currentJudgement: 'NOT_STARTED',
      currentNote: 'Dinilai ulang',
    });
    expect(outcome).toEqual({
      kind: 'conflict',
      report: {
        code: batch[1]?.code,
        version: 1,
        theirs: { option: 'NOT_STARTED', number: null, note: 'Dinilai ulang' },
      },
    });
  });

  it('holds back the cell a bad value names by its path, not an answer’s', () => {
    const outcome = refused({ code: 'BAD_USER_INPUT', field: 'cells.1.note', reason: 'TOO_LONG' });
    expect(outcome).toMatchObject({ kind: 'rejected', code: batch[1]?.code });
    expect(refused({ code: 'BAD_USER_INPUT', field: 'answers.1.note' })).toMatchObject({ code: null });
  });
});
