import { requireFramework, validateCounts } from '@zi/lke';
import type { AnswerInput } from '@zi/schema/admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../worksheet/types';
import { initialState, type SavedAnswer, saveStatus } from './autosave';
import { Autosave, type SaveOutcome } from './autosave-controller';

const option = (value: string): AnswerValue => ({ option: value, number: null, note: null });

/** A fake API: records each batch and answers with what the test tells it next. */
function fakeApi() {
  const batches: AnswerInput[][] = [];
  const replies: Array<(batch: AnswerInput[]) => SaveOutcome> = [];
  const versions = new Map<string, number>();
  const saveAll = (batch: AnswerInput[]): SaveOutcome => ({
    kind: 'saved',
    answers: batch.map((answer): SavedAnswer => {
      const version = (versions.get(answer.code) ?? 0) + 1;
      versions.set(answer.code, version);
      return {
        code: answer.code,
        option: answer.option ?? null,
        number: answer.number ?? null,
        note: answer.note ?? null,
        version,
        updatedAt: '2026-11-22T10:00:00.000Z',
        author: null,
      };
    }),
  });
  return {
    batches,
    reply: (next: (batch: AnswerInput[]) => SaveOutcome) => replies.push(next),
    send: async (batch: AnswerInput[]) => {
      batches.push(batch);
      return (replies.shift() ?? saveAll)(batch);
    },
  };
}

describe('Autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const create = (api: ReturnType<typeof fakeApi>) =>
    new Autosave(initialState([]), { send: api.send, debounceMs: 800, maxWaitMs: 5000 });

  it('saves shortly after the last edit, in one batch', async () => {
    const api = fakeApi();
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(500);
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(500);
    expect(api.batches).toEqual([]);
    expect(saveStatus(autosave.getState())).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect(api.batches.map((batch) => batch.map((answer) => answer.code))).toEqual([['A.1', 'A.2']]);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('saves someone typing without pause at least every few seconds', async () => {
    const api = fakeApi();
    const autosave = create(api);
    for (let second = 0; second < 6; second += 1) {
      for (let key = 0; key < 4; key += 1) {
        autosave.edit('A.1', { option: null, number: null, note: `catatan ${second}.${key}` });
        await vi.advanceTimersByTimeAsync(250);
      }
    }
    expect(api.batches.length).toBe(1);
  });

  it('retries after a network failure with growing delays, then saves', async () => {
    const api = fakeApi();
    api.reply(() => ({ kind: 'failed' }));
    api.reply(() => ({ kind: 'failed' }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(800);
    expect(saveStatus(autosave.getState())).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.batches.length).toBe(2);
    // An edit while retrying waits for the backoff instead of cutting it short.
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(1900);
    expect(api.batches.length).toBe(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(api.batches.length).toBe(3);
    expect(api.batches[2]?.map((answer) => answer.code)).toEqual(['A.1', 'A.2']);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('tries at once when asked (back online)', async () => {
    const api = fakeApi();
    api.reply(() => ({ kind: 'failed' }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(800);
    autosave.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.batches.length).toBe(2);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('sends the other edits of a batch that hit a conflict, and resends mine when I keep it', async () => {
    const api = fakeApi();
    api.reply(() => ({ kind: 'conflict', report: { code: 'A.1', version: 2, theirs: option('c') } }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(801);
    expect(api.batches.map((batch) => batch.map((answer) => answer.code))).toEqual([['A.1', 'A.2'], ['A.2']]);
    expect(saveStatus(autosave.getState())).toBe('conflict');
    autosave.keepMine('A.1');
    await vi.advanceTimersByTimeAsync(1);
    expect(api.batches[2]).toEqual([{ code: 'A.1', option: 'a', number: null, note: null, version: 2 }]);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('saves the rest of a batch whose one answer was refused, and that one once it is edited again', async () => {
    const api = fakeApi();
    const tooLong = { message: 'answers.0.note: must be at most 4000 characters', extensions: {} };
    api.reply(() => ({ kind: 'rejected', code: 'A.1', refusal: tooLong }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(801);
    expect(api.batches.map((batch) => batch.map((answer) => answer.code))).toEqual([['A.1', 'A.2'], ['A.2']]);
    expect(saveStatus(autosave.getState())).toBe('invalid');
    autosave.edit('A.3', option('c'));
    await vi.advanceTimersByTimeAsync(800);
    expect(api.batches[2]?.map((answer) => answer.code)).toEqual(['A.3']);
    autosave.edit('A.1', option('b'));
    await vi.advanceTimersByTimeAsync(800);
    expect(api.batches[3]?.map((answer) => answer.code)).toEqual(['A.1']);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('never sends a note longer than the API keeps', async () => {
    const api = fakeApi();
    const autosave = create(api);
    autosave.edit('A.1', { option: 'a', number: null, note: 'x'.repeat(4001) });
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(800);
    expect(api.batches.map((batch) => batch.map((answer) => answer.code))).toEqual([['A.2']]);
    await expect(autosave.settle()).resolves.toBe(false);
    autosave.edit('A.1', { option: 'a', number: null, note: 'x'.repeat(4000) });
    await vi.advanceTimersByTimeAsync(800);
    expect(api.batches[1]?.[0]?.note).toHaveLength(4000);
  });

  it('tries again on the next edit after a batch was refused without naming an answer', async () => {
    const api = fakeApi();
    api.reply(() => ({ kind: 'rejected', code: null, refusal: { message: 'bad', extensions: {} } }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(800);
    expect(saveStatus(autosave.getState())).toBe('blocked');
    autosave.edit('A.2', option('b'));
    await vi.advanceTimersByTimeAsync(800);
    expect(api.batches[1]?.map((answer) => answer.code)).toEqual(['A.1', 'A.2']);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('settles: true once all is saved, false when a conflict needs the person', async () => {
    const api = fakeApi();
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await expect(autosave.settle()).resolves.toBe(true);
    expect(api.batches.length).toBe(1);

    api.reply(() => ({ kind: 'conflict', report: { code: 'A.1', version: 3, theirs: option('c') } }));
    autosave.edit('A.1', option('b'));
    await expect(autosave.settle()).resolves.toBe(false);
  });

  it('stops on a refusal and resumes when asked', async () => {
    const api = fakeApi();
    api.reply(() => ({
      kind: 'refused',
      blocked: { reason: 'session', refusal: { message: 'You must be logged in.', extensions: {} } },
    }));
    const autosave = create(api);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.batches.length).toBe(1);
    expect(autosave.getState().blocked?.reason).toBe('session');
    autosave.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(saveStatus(autosave.getState())).toBe('saved');
  });

  it('tells subscribers about every change', async () => {
    const api = fakeApi();
    const autosave = create(api);
    const listener = vi.fn();
    const unsubscribe = autosave.subscribe(listener);
    autosave.edit('A.1', option('a'));
    await vi.advanceTimersByTimeAsync(800);
    // The edit, the batch leaving, the batch saved.
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    autosave.edit('A.1', option('b'));
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe('Autosave of counts the API judges together', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const framework = requireFramework('permenpanrb-90-2021');
  /** LHKPN: those obliged to report (n1) and the breakdown of who did (n2 + n3 + n4). */
  const lhkpn = (suffix: string) => `A.II.5.iii.a.1.${suffix}`;
  const [total, onTime, late, none] = [lhkpn('n1'), lhkpn('n2'), lhkpn('n3'), lhkpn('n4')];
  const count = (number: number): AnswerValue => ({ option: null, number, note: null });

  /** A fake API judging each batch as the real one does: on the layer's counts as they will be after it. */
  function judgingApi(start: Record<string, number>) {
    const stored = new Map(Object.entries(start).map(([code, number]) => [code, { number, version: 1 }]));
    const batches: string[][] = [];
    const answers = (): SavedAnswer[] =>
      [...stored].map(([code, { number, version }]) => ({
        code,
        ...count(number),
        version,
        updatedAt: '2026-11-22T10:00:00.000Z',
        author: null,
      }));
    const send = async (batch: AnswerInput[]): Promise<SaveOutcome> => {
      batches.push(batch.map((answer) => answer.code).sort());
      const after = Object.fromEntries([...stored].map(([code, { number }]) => [code, number]));
      for (const answer of batch) after[answer.code] = answer.number ?? 0;
      const [problem] = validateCounts(
        framework,
        after,
        batch.map((answer) => answer.code),
      );
      if (problem) {
        const { code, reason, message, related } = problem;
        const extensions = { code: 'BAD_USER_INPUT', reason, questionCode: code, related };
        return { kind: 'rejected', code, refusal: { message, extensions } };
      }
      for (const answer of batch) {
        const version = (stored.get(answer.code)?.version ?? 0) + 1;
        stored.set(answer.code, { number: answer.number ?? 0, version });
      }
      return { kind: 'saved', answers: answers() };
    };
    return { batches, send, answers };
  }

  it('saves a total and then a part edited after a pause together, once the part is edited', async () => {
    const api = judgingApi({ [total]: 10, [onTime]: 3, [late]: 3, [none]: 4 });
    const autosave = new Autosave(initialState(api.answers()), { send: api.send, debounceMs: 800 });
    autosave.edit(total, count(12));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.getState().rejected.get(total)?.extensions.reason).toBe('BREAKDOWN_MISMATCH');
    autosave.edit(late, count(5));
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.batches).toEqual([[total], [total, late].sort()]);
    expect(autosave.getState().rejected.size).toBe(0);
    expect(saveStatus(autosave.getState())).toBe('saved');
    expect(api.answers().map((answer) => answer.number)).toEqual([12, 3, 5, 4]);
  });
});
