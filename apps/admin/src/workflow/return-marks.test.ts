import { describe, expect, it } from 'vitest';
import { parseMarks, returnsOf, toggleMark } from './return-marks';

describe('questions marked to return', () => {
  it('toggle on with an empty reason, and off', () => {
    const marked = toggleMark(new Map(), 'A.I.1.i.b');
    expect([...marked]).toEqual([['A.I.1.i.b', '']]);
    expect(toggleMark(marked, 'A.I.1.i.b').size).toBe(0);
  });

  it('become the API’s returns once each has a reason', () => {
    expect(returnsOf(new Map([['A.I.1.i.b', '  Lampirkan SK ']]))).toEqual([
      { code: 'A.I.1.i.b', reason: 'Lampirkan SK' },
    ]);
    expect(
      returnsOf(
        new Map([
          ['A.I.1.i.b', 'Lampirkan SK'],
          ['B.I.a.1', ' '],
        ]),
      ),
    ).toBeNull();
    expect(returnsOf(new Map())).toBeNull();
  });

  it('survive a reload, and ignore what is not a mark', () => {
    expect([...parseMarks('[["A.I.1.i.b","Lampirkan SK"],[1,2],"x"]')]).toEqual([
      ['A.I.1.i.b', 'Lampirkan SK'],
    ]);
    expect(parseMarks('{broken').size).toBe(0);
    expect(parseMarks(null).size).toBe(0);
  });
});
