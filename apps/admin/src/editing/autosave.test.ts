import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../worksheet/types';
import {
  type AutosaveState,
  batchConflicted,
  batchFailed,
  batchRefused,
  batchRejected,
  batchSaved,
  discardEdits,
  edit,
  hasUnsaved,
  initialState,
  keepMine,
  localRefusal,
  refusesNote,
  restoreEdits,
  retryDelay,
  type SavedAnswer,
  saveStatus,
  shownAnswer,
  shownAnswers,
  takeBatch,
  takeTheirs,
  unsavedEdits,
} from './autosave';

const option = (value: string, note: string | null = null): AnswerValue => ({
  option: value,
  number: null,
  note,
});
const saved = (code: string, value: AnswerValue, version: number): SavedAnswer => ({
  code,
  ...value,
  version,
  updatedAt: '2026-11-20T08:00:00.000Z',
  author: null,
});

const start = () => initialState([saved('A.1', option('a'), 3)]);

/** Takes the batch and returns the state with it in flight, and what was sent. */
function send(state: AutosaveState) {
  const [next, batch] = takeBatch(state);
  return { state: next, batch };
}

describe('edits and batches', () => {
  it('sends each answer with the version it was edited on, 0 for a first answer', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = edit(state, 'A.2', option('ya', 'SK terlampir'));
    expect(saveStatus(state)).toBe('pending');
    const { state: flying, batch } = send(state);
    expect(batch).toEqual([
      { code: 'A.1', option: 'b', number: null, note: null, version: 3 },
      { code: 'A.2', option: 'ya', number: null, note: 'SK terlampir', version: 0 },
    ]);
    expect(saveStatus(flying)).toBe('saving');
    expect(flying.pending.size).toBe(0);
    expect(send(flying).batch).toEqual([]);
  });

  it('keeps only the latest value of an answer edited several times', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = edit(state, 'A.1', option('c', 'catatan'));
    expect(send(state).batch).toEqual([
      { code: 'A.1', option: 'c', number: null, note: 'catatan', version: 3 },
    ]);
  });

  it('leaves nothing to save when an answer is changed back, blank notes counting as none', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = edit(state, 'A.1', { ...option('a'), note: '   ' });
    expect(hasUnsaved(state)).toBe(false);
    expect(saveStatus(state)).toBe('idle');
  });

  it('shows the newest edit over what is in flight, over what is saved', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = send(state).state;
    expect(shownAnswer(state, 'A.1')).toEqual(option('b'));
    state = edit(state, 'A.1', option('c'));
    expect(shownAnswer(state, 'A.1')).toEqual(option('c'));
    expect(shownAnswers(state).get('A.1')).toEqual(option('c'));
    expect(shownAnswer(state, 'B.1')).toBeNull();
  });

  it('builds an edit made during a save on the version that save returns', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = send(state).state;
    state = edit(state, 'A.1', option('c'));
    state = batchSaved(state, [saved('A.1', option('b'), 4)], 1000);
    expect(saveStatus(state)).toBe('pending');
    expect(send(state).batch).toEqual([{ code: 'A.1', option: 'c', number: null, note: null, version: 4 }]);
  });

  it('is saved once the batch returns, with the server’s versions', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchSaved(state, [saved('A.1', option('b'), 4)], 1000);
    expect(saveStatus(state)).toBe('saved');
    expect(hasUnsaved(state)).toBe(false);
    expect(state.saved.get('A.1')?.version).toBe(4);
    expect(state.savedAt).toBe(1000);
  });

  it('never takes a version from someone else’s save for an edit made before it', () => {
    let state = send(edit(start(), 'A.2', option('ya'))).state;
    state = edit(state, 'A.1', option('b'));
    // The save of A.2 returns the whole layer, where someone else has since saved A.1 as version 5.
    state = batchSaved(state, [saved('A.1', option('d'), 5), saved('A.2', option('ya'), 1)], 1000);
    expect(send(state).batch).toEqual([{ code: 'A.1', option: 'b', number: null, note: null, version: 3 }]);
  });
});

describe('failures', () => {
  it('keeps the batch after a network failure and retries with growing delays', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = edit(state, 'A.1', option('c'));
    state = batchFailed(state);
    expect(saveStatus(state)).toBe('retrying');
    expect(state.failures).toBe(1);
    expect(send(state).batch).toEqual([{ code: 'A.1', option: 'c', number: null, note: null, version: 3 }]);
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('holds a conflicting edit with both versions and sends the rest', () => {
    let state = edit(start(), 'A.1', option('b', 'punya saya'));
    state = edit(state, 'A.2', option('ya'));
    state = send(state).state;
    state = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c', 'punya mereka') });
    expect(saveStatus(state)).toBe('conflict');
    expect(state.conflicts.get('A.1')).toEqual({
      mine: option('b', 'punya saya'),
      base: 3,
      theirs: option('c', 'punya mereka'),
      version: 5,
    });
    expect(shownAnswer(state, 'A.1')).toEqual(option('b', 'punya saya'));
    expect(send(state).batch.map((answer) => answer.code)).toEqual(['A.2']);
  });

  it('resends my answer on top of theirs when I keep mine', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c') });
    state = keepMine(state, 'A.1');
    expect(state.conflicts.size).toBe(0);
    expect(send(state).batch).toEqual([{ code: 'A.1', option: 'b', number: null, note: null, version: 5 }]);
  });

  it('shows their answer and forgets mine when I take theirs', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c') });
    state = takeTheirs(state, 'A.1');
    expect(hasUnsaved(state)).toBe(false);
    expect(shownAnswer(state, 'A.1')).toEqual(option('c'));
    expect(state.saved.get('A.1')?.version).toBe(5);
  });

  it('keeps a refused value aside until it is edited again', () => {
    let state = edit(start(), 'A.1', option('z'));
    state = edit(state, 'A.2', option('ya'));
    state = send(state).state;
    state = batchRejected(state, 'A.1', { message: 'A.1: must be one of a, b, c (got "z")', extensions: {} });
    expect(state.rejected.get('A.1')?.message).toContain('must be one of');
    expect(send(state).batch.map((answer) => answer.code)).toEqual(['A.2']);
    state = edit(state, 'A.1', option('b'));
    expect(state.rejected.size).toBe(0);
  });

  it('retries a refused answer as it is when it was edited while being sent', () => {
    let state = send(edit(start(), 'A.1', option('z'))).state;
    state = edit(state, 'A.1', option('b'));
    state = batchRejected(state, 'A.1', { message: 'must be one of a, b, c', extensions: {} });
    expect(state.rejected.size).toBe(0);
    expect(send(state).batch).toEqual([{ code: 'A.1', option: 'b', number: null, note: null, version: 3 }]);
  });

  it('holds a note longer than the API keeps before sending, until it is shortened', () => {
    let state = edit(start(), 'A.1', option('a', 'x'.repeat(4001)));
    state = edit(state, 'A.2', option('ya'));
    expect(state.rejected.get('A.1')?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: 'TOO_LONG',
      max: 4000,
    });
    expect(refusesNote(state.rejected.get('A.1') ?? { message: '', extensions: {} })).toBe(true);
    expect(send(state).batch.map((answer) => answer.code)).toEqual(['A.2']);
    // Spaces around a note are not kept, so they do not count.
    state = edit(state, 'A.1', option('a', ` ${'x'.repeat(4000)} `));
    expect(state.rejected.size).toBe(0);
    expect(send(state).batch.map((answer) => answer.code)).toEqual(['A.1', 'A.2']);
    expect(localRefusal(option('a', null))).toBeNull();
  });

  it('checks notes restored from an earlier visit and notes edited in a conflict', () => {
    const long = option('b', 'x'.repeat(4001));
    const restored = restoreEdits(start(), [{ code: 'A.1', value: long, base: 3 }]);
    expect(saveStatus(restored)).toBe('invalid');
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c') });
    state = keepMine(edit(state, 'A.1', long), 'A.1');
    expect(send(state).batch).toEqual([]);
  });

  it('reads whether a refusal is about the note from the path it names', () => {
    const about = (field: unknown) => refusesNote({ message: '', extensions: { field } });
    expect([about('answers.0.note'), about('note'), about('answers.0.option'), about(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('stops saving, keeping every edit, when saving is refused', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchRefused(state, {
      reason: 'locked',
      refusal: { message: 'The UNIT layer cannot be edited while…', extensions: {} },
    });
    expect(saveStatus(state)).toBe('blocked');
    expect(hasUnsaved(state)).toBe(true);
    expect(send(state).batch).toEqual([]);
    const bad = { message: 'bad', extensions: {} };
    const rejectedWithoutCode = batchRejected(send(edit(start(), 'A.1', option('b'))).state, null, bad);
    expect(rejectedWithoutCode.blocked).toEqual({ reason: 'refused', refusal: bad });
    // Any edit may fix what the API refused without naming an answer: saving tries again.
    expect(edit(rejectedWithoutCode, 'A.2', option('ya')).blocked).toBeNull();
    expect(edit(state, 'A.2', option('ya')).blocked?.reason).toBe('locked');
  });
});

describe('counts judged together: a total and its breakdown', () => {
  const [total, part1, part2, part3] = ['L.n1', 'L.n2', 'L.n3', 'L.n4'];
  const count = (number: number): AnswerValue => ({ option: null, number, note: null });
  /** LHKPN: 10 reports = 3 + 3 + 4, all saved. */
  const counted = () =>
    initialState([
      saved(total, count(10), 1),
      saved(part1, count(3), 1),
      saved(part2, count(3), 1),
      saved(part3, count(4), 1),
    ]);
  /** The API's refusal of one count of the limit, naming the limit's other counts. */
  const refusal = (code: string, reason: string) => ({
    message: `${code}: impossible counts`,
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      questionCode: code,
      related: [total, part1, part2, part3].filter((other) => other !== code),
    },
  });
  const codesOf = (batch: { code: string }[]) => batch.map((answer) => answer.code).sort();

  it('sends a refused total again with its part when the part is edited after a pause, and both are saved', () => {
    let state = send(edit(counted(), total, count(12))).state;
    state = batchRejected(state, total, refusal(total, 'BREAKDOWN_MISMATCH'));
    expect(state.rejected.has(total)).toBe(true);
    const sent = send(edit(state, part2, count(5)));
    expect(codesOf(sent.batch)).toEqual([total, part2]);
    state = batchSaved(
      sent.state,
      [
        saved(total, count(12), 2),
        saved(part1, count(3), 1),
        saved(part2, count(5), 2),
        saved(part3, count(4), 1),
      ],
      1000,
    );
    expect(state.rejected.size).toBe(0);
    expect(saveStatus(state)).toBe('saved');
  });

  it('releases both counts when either is retyped after each was refused alone', () => {
    let state = send(edit(counted(), total, count(12))).state;
    state = send(
      edit(batchRejected(state, total, refusal(total, 'BREAKDOWN_MISMATCH')), part2, count(6)),
    ).state;
    state = batchRejected(state, part2, refusal(part2, 'COUNT_EXCEEDS_TOTAL'));
    state = batchRejected(send(state).state, total, refusal(total, 'BREAKDOWN_MISMATCH'));
    expect([...state.rejected.keys()].sort()).toEqual([total, part2]);
    expect(codesOf(send(edit(state, total, count(12))).batch)).toEqual([total, part2]);
    expect(codesOf(send(edit(state, part2, count(5))).batch)).toEqual([total, part2]);
  });

  it('keeps holding a refused value when an answer outside its limit is edited', () => {
    let state = send(edit(counted(), total, count(12))).state;
    state = edit(batchRejected(state, total, refusal(total, 'BREAKDOWN_MISMATCH')), 'A.1', option('b'));
    expect(codesOf(send(state).batch)).toEqual(['A.1']);
  });
});

describe('unsaved edits across a reload', () => {
  it('lists pending, in-flight and conflicting edits with the version each was made on', () => {
    let state = edit(start(), 'A.1', option('b'));
    state = edit(state, 'A.2', option('ya'));
    state = send(state).state;
    state = edit(state, 'A.2', option('tidak'));
    state = edit(state, 'A.3', option('a'));
    expect(unsavedEdits(state)).toEqual([
      { code: 'A.1', value: option('b'), base: 3 },
      { code: 'A.2', value: option('tidak'), base: 0 },
      { code: 'A.3', value: option('a'), base: 0 },
    ]);
    const conflicted = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c') });
    expect(unsavedEdits(conflicted).find((edit) => edit.code === 'A.1')).toEqual({
      code: 'A.1',
      value: option('b'),
      base: 3,
    });
  });

  it('can be discarded, conflicts and refused values included', () => {
    let state = send(edit(start(), 'A.1', option('b'))).state;
    state = batchConflicted(state, { code: 'A.1', version: 5, theirs: option('c') });
    state = edit(state, 'A.2', option('ya'));
    state = discardEdits(state, ['A.1', 'A.2']);
    expect(hasUnsaved(state)).toBe(false);
    expect(shownAnswer(state, 'A.1')).toEqual(option('a'));
  });

  it('come back as pending edits, except those the server already has', () => {
    const state = restoreEdits(start(), [
      { code: 'A.1', value: option('a'), base: 2 },
      { code: 'A.2', value: option('ya'), base: 0 },
    ]);
    expect([...state.pending.keys()]).toEqual(['A.2']);
    expect(send(state).batch).toEqual([{ code: 'A.2', option: 'ya', number: null, note: null, version: 0 }]);
  });
});
