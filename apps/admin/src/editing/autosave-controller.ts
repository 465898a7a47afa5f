import type { AnswerInput } from '@zi/schema/admin';
import type { ApiRefusal } from '../api-errors';
import type { AnswerValue } from '../worksheet/types';
import {
  type AutosaveState,
  type Blocked,
  batchConflicted,
  batchFailed,
  batchRefused,
  batchRejected,
  batchSaved,
  type ConflictReport,
  canSend,
  discardEdits,
  edit,
  hasUnsaved,
  keepMine,
  receiveAnswers,
  retryDelay,
  type SavedAnswer,
  takeBatch,
  takeTheirs,
  unblock,
} from './autosave';

/** What became of one batch sent to the API. */
export type SaveOutcome =
  | { kind: 'saved'; answers: SavedAnswer[] }
  | { kind: 'conflict'; report: ConflictReport }
  | { kind: 'rejected'; code: string | null; refusal: ApiRefusal }
  | { kind: 'refused'; blocked: Blocked }
  | { kind: 'failed' };

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutosaveOptions {
  send: (answers: AnswerInput[]) => Promise<SaveOutcome>;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Someone typing without pause is still saved this often. */
  maxWaitMs?: number;
  clock?: Clock;
}

/**
 * Saves one layer's edits shortly after they are made, one batch at a time; retries with backoff
 * when the network or the server fails; holds conflicts and refused values for the person to decide.
 * The state itself lives in `autosave.ts`; this adds the timers and the sending.
 */
export class Autosave {
  private state: AutosaveState;
  private readonly listeners = new Set<() => void>();
  private readonly send: AutosaveOptions['send'];
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly clock: Clock;
  private timer: unknown = null;
  private firstEditAt: number | null = null;
  private settling = 0;

  constructor(initial: AutosaveState, options: AutosaveOptions) {
    this.state = initial;
    this.send = options.send;
    this.debounceMs = options.debounceMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.clock = options.clock ?? browserClock;
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  edit(code: string, value: AnswerValue): void {
    this.firstEditAt ??= this.clock.now();
    this.update(edit(this.state, code, value));
    this.schedule(this.debounceMs);
  }

  keepMine(code: string): void {
    this.update(keepMine(this.state, code));
    this.schedule(0);
  }

  takeTheirs(code: string): void {
    this.update(takeTheirs(this.state, code));
  }

  discard(codes: readonly string[]): void {
    this.update(discardEdits(this.state, codes));
  }

  receiveAnswers(answers: readonly SavedAnswer[]): void {
    this.update(receiveAnswers(this.state, answers));
  }

  /** Try now: back online, or signed in again after saving was refused. */
  retryNow(): void {
    if (this.state.blocked) this.update(unblock(this.state));
    this.cancelTimer();
    this.flush();
  }

  /**
   * Sends what waits now and resolves true once everything is saved, or false as soon as saving is
   * stuck on something the person must see (a conflict, a refused value, no connection).
   */
  settle(): Promise<boolean> {
    this.settling += 1;
    this.retryNow();
    return new Promise((resolve) => {
      const check = () => {
        const { blocked, conflicts, rejected, failures } = this.state;
        const stuck = blocked !== null || conflicts.size > 0 || rejected.size > 0 || failures > 0;
        if (!stuck && hasUnsaved(this.state)) return;
        unsubscribe();
        this.settling -= 1;
        resolve(!stuck);
      };
      const unsubscribe = this.subscribe(check);
      check();
    });
  }

  /** Sends what waits at once and stops the timers (leaving the page). */
  stop(): void {
    this.cancelTimer();
    this.flush();
  }

  private update(next: AutosaveState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    // While retrying, a new edit does not cut the backoff short.
    if (this.state.failures > 0 && this.timer !== null) return;
    const waited = this.firstEditAt === null ? 0 : this.clock.now() - this.firstEditAt;
    const wait = this.settling > 0 ? 0 : Math.max(0, Math.min(delay, this.maxWaitMs - waited));
    this.cancelTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  private flush(): void {
    if (!canSend(this.state)) return;
    const [next, batch] = takeBatch(this.state);
    this.firstEditAt = null;
    this.update(next);
    void this.send(batch)
      .catch((): SaveOutcome => ({ kind: 'failed' }))
      .then((outcome) => this.settleBatch(outcome));
  }

  private settleBatch(outcome: SaveOutcome): void {
    switch (outcome.kind) {
      case 'saved':
        this.update(batchSaved(this.state, outcome.answers, this.clock.now()));
        break;
      case 'conflict':
        this.update(batchConflicted(this.state, outcome.report));
        break;
      case 'rejected':
        this.update(batchRejected(this.state, outcome.code, outcome.refusal));
        break;
      case 'refused':
        this.update(batchRefused(this.state, outcome.blocked));
        return;
      case 'failed':
        this.update(batchFailed(this.state));
        this.cancelTimer();
        this.schedule(retryDelay(this.state.failures));
        return;
    }
    if (canSend(this.state)) this.schedule(outcome.kind === 'saved' ? this.debounceMs : 0);
  }
}
