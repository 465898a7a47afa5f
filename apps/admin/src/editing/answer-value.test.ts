import { describe, expect, it } from 'vitest';
import { answerInput, parseDecimal, sameAnswer, scoredValue } from './answer-value';

describe('numbers as people type them', () => {
  it('read a decimal comma or point', () => {
    expect(parseDecimal('3,6')).toBe(3.6);
    expect(parseDecimal(' 3.6 ')).toBe(3.6);
    expect(parseDecimal('3,')).toBe(3);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('12')).toBe(12);
  });

  it('are null when empty and NaN when not a number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('   ')).toBeNull();
    expect(parseDecimal('tiga')).toBeNaN();
    expect(parseDecimal('1.2.3')).toBeNaN();
    expect(parseDecimal(',')).toBeNaN();
    expect(parseDecimal('1.000,5')).toBeNaN();
  });
});

describe('answers', () => {
  it('are the same when only blanks around the note differ, as the API trims them', () => {
    const saved = { option: 'b', number: null, note: 'SK terlampir' };
    expect(sameAnswer({ ...saved, note: 'SK terlampir  ' }, saved)).toBe(true);
    expect(sameAnswer({ ...saved, note: '  ' }, { ...saved, note: null })).toBe(true);
    expect(sameAnswer({ ...saved, option: 'c' }, saved)).toBe(false);
    expect(sameAnswer(null, { option: null, number: null, note: null })).toBe(true);
  });

  it('go to the API with the version they were edited on, the note trimmed', () => {
    expect(answerInput('A.I.1.i.b', { option: 'b', number: null, note: ' SK terlampir ' }, 3)).toEqual({
      code: 'A.I.1.i.b',
      option: 'b',
      number: null,
      note: 'SK terlampir',
      version: 3,
    });
  });

  it('score by their option or number', () => {
    expect(scoredValue({ option: 'ya', number: null, note: null })).toBe('ya');
    expect(scoredValue({ option: null, number: 0, note: 'nol' })).toBe(0);
    expect(scoredValue({ option: null, number: null, note: 'hanya catatan' })).toBeNull();
    expect(scoredValue(null)).toBeNull();
  });
});
