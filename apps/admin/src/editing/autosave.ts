import { NOTE_MAX_LENGTH } from '@zi/lke';
import type { AnswerInput } from '@zi/schema/admin';
import { RefusalReason } from '@zi/schema/public-enums';
import type { ApiRefusal } from '../api-errors';
import type { AnswerValue, WorksheetAnswer } from '../worksheet/types';
import { answerInput, answerValueOf, noteTooLong, sameAnswer } from './answer-value';

/** An answer as the server last said it is. */
export type SavedAnswer = Pick<
  WorksheetAnswer,
  'code' | 'option' | 'number' | 'note' | 'version' | 'updatedAt' | 'author'
>;

/**
 * An edit not saved yet, with the version it was made on: the server refuses it when that version
 * is no longer current, so another person's save is never overwritten without being seen.
 * `base` is null for an edit made while an earlier edit of the same answer was being saved: it
 * builds on that one, whose version is known only when its save returns.
 */
export interface PendingEdit {
  value: AnswerValue;
  base: number | null;
}

export interface SentEdit {
  value: AnswerValue;
  base: number;
}

/** An edit the server refused because someone saved the same answer since; both stay visible. */
export interface Conflict {
  mine: AnswerValue;
  /** The version my edit was made on. */
  base: number;
  theirs: AnswerValue;
  /** The version now saved: keeping mine resends it on top of this one. */
  version: number;
}

export interface AutosaveState {
  saved: ReadonlyMap<string, SavedAnswer>;
  pending: ReadonlyMap<string, PendingEdit>;
  /** The batch being saved, if any; one at a time. */
  inFlight: ReadonlyMap<string, SentEdit> | null;
  conflicts: ReadonlyMap<string, Conflict>;
  /**
   * Edits the server refused as bad values, with its refusal; kept until edited again, or until another
   * count the refusal names (its `related`: a part and its total) is edited, to be sent together.
   */
  rejected: ReadonlyMap<string, ApiRefusal>;
  /** Failed attempts in a row (network, server errors); saving retries with backoff. */
  failures: number;
  /** Why saving stopped (not allowed any more, session ended); edits are kept. */
  blocked: Blocked | null;
  /** When the last batch was saved (ms since epoch). */
  savedAt: number | null;
}

export interface Blocked {
  /** The session ended (signing in again resumes), the layer is locked now, or the API refused the batch. */
  reason: 'session' | 'locked' | 'refused';
  /** The API's refusal, put into words where it is shown. */
  refusal: ApiRefusal;
}

export type SaveStatus =
  | 'idle'
  | 'pending'
  | 'saving'
  | 'saved'
  | 'retrying'
  | 'conflict'
  | 'invalid'
  | 'blocked';

export function initialState(answers: readonly SavedAnswer[]): AutosaveState {
  return {
    saved: savedMap(answers),
    pending: new Map(),
    inFlight: null,
    conflicts: new Map(),
    rejected: new Map(),
    failures: 0,
    blocked: null,
    savedAt: null,
  };
}

function savedMap(answers: readonly SavedAnswer[]): Map<string, SavedAnswer> {
  return new Map(answers.map((answer) => [answer.code, answer]));
}

/** The answer shown for a code: the person's latest edit first, else what is saved. */
export function shownAnswer(state: AutosaveState, code: string): AnswerValue | null {
  const saved = state.saved.get(code);
  return (
    state.conflicts.get(code)?.mine ??
    state.pending.get(code)?.value ??
    state.inFlight?.get(code)?.value ??
    (saved ? answerValueOf(saved) : null)
  );
}

/** Every answer shown, by code. */
export function shownAnswers(state: AutosaveState): Map<string, AnswerValue> {
  const shown = new Map<string, AnswerValue>();
  for (const [code, answer] of state.saved) shown.set(code, answerValueOf(answer));
  for (const [code, edit] of state.inFlight ?? []) shown.set(code, edit.value);
  for (const [code, edit] of state.pending) shown.set(code, edit.value);
  for (const [code, conflict] of state.conflicts) shown.set(code, conflict.mine);
  return shown;
}

/** The codes with an edit not saved yet. */
export function unsavedCodes(state: AutosaveState): Set<string> {
  return new Set([...state.pending.keys(), ...(state.inFlight?.keys() ?? []), ...state.conflicts.keys()]);
}

export function hasUnsaved(state: AutosaveState): boolean {
  return state.pending.size > 0 || state.inFlight !== null || state.conflicts.size > 0;
}

/** Edits that can be sent now: not waiting on a decision (conflict) or a correction (rejected). */
function sendable(state: AutosaveState): [string, PendingEdit][] {
  return [...state.pending].filter(([code]) => !state.conflicts.has(code) && !state.rejected.has(code));
}

export function canSend(state: AutosaveState): boolean {
  return state.inFlight === null && state.blocked === null && sendable(state).length > 0;
}

export function saveStatus(state: AutosaveState): SaveStatus {
  if (state.blocked) return 'blocked';
  if (state.conflicts.size > 0) return 'conflict';
  if (state.failures > 0) return 'retrying';
  if (state.inFlight) return 'saving';
  if (sendable(state).length > 0) return 'pending';
  if (state.rejected.size > 0) return 'invalid';
  return state.savedAt === null ? 'idle' : 'saved';
}

/** The server's answers, fresh from a query; edits keep the versions they were made on. */
export function receiveAnswers(state: AutosaveState, answers: readonly SavedAnswer[]): AutosaveState {
  return { ...state, saved: savedMap(answers) };
}

/** The refusal the API would give, found before sending: a note longer than it keeps. */
export function localRefusal(value: AnswerValue): ApiRefusal | null {
  if (!noteTooLong(value.note)) return null;
  return {
    message: `note must be at most ${NOTE_MAX_LENGTH} characters`,
    extensions: {
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: RefusalReason.TOO_LONG,
      max: NOTE_MAX_LENGTH,
    },
  };
}

/** Whether a refusal is about the note rather than the answer: its field path ends in `note`. */
export function refusesNote(refusal: ApiRefusal): boolean {
  const { field } = refusal.extensions;
  return typeof field === 'string' && field.split('.').pop() === 'note';
}

/** Holds an edit the API would refuse aside, or lets it be sent again. */
function checked(
  rejected: ReadonlyMap<string, ApiRefusal>,
  code: string,
  value: AnswerValue,
): Map<string, ApiRefusal> {
  const next = new Map(rejected);
  const refusal = localRefusal(value);
  if (refusal) next.set(code, refusal);
  else next.delete(code);
  return next;
}

/** The other counts a refusal names as part of the same impossible combination (a part and its total). */
function relatedCodes(refusal: ApiRefusal | undefined): string[] {
  const related = refusal?.extensions.related;
  return Array.isArray(related) ? related.filter((other): other is string => typeof other === 'string') : [];
}

/**
 * Lets refused counts go again when another count of the same limit is edited. The server judges a
 * batch on the layer as it will be after it, so a total and its part refused one at a time (10 = 3+3+4
 * to 12 = 3+5+4) are accepted only together: held apart, each retry alone is refused again.
 */
function releasedWith(rejected: ReadonlyMap<string, ApiRefusal>, code: string): Map<string, ApiRefusal> {
  const sameLimit = new Set(relatedCodes(rejected.get(code)));
  const next = new Map(rejected);
  for (const [other, refusal] of rejected) {
    if (sameLimit.has(other) || relatedCodes(refusal).includes(code)) next.delete(other);
  }
  return next;
}

/** The refusals left after an edit of `code`: its limit's other counts released, its own value checked. */
function rejectedAfterEdit(state: AutosaveState, code: string, value: AnswerValue): Map<string, ApiRefusal> {
  return checked(releasedWith(state.rejected, code), code, value);
}

export function edit(state: AutosaveState, code: string, value: AnswerValue): AutosaveState {
  const conflict = state.conflicts.get(code);
  if (conflict) {
    const conflicts = new Map(state.conflicts).set(code, { ...conflict, mine: value });
    return { ...state, conflicts, rejected: rejectedAfterEdit(state, code, value) };
  }
  const pending = new Map(state.pending);
  const saved = state.saved.get(code);
  const base = state.pending.has(code)
    ? (state.pending.get(code)?.base ?? null)
    : state.inFlight?.has(code)
      ? null
      : (saved?.version ?? 0);
  // Changing an answer back to what is saved leaves nothing to save.
  if (base !== null && base === (saved?.version ?? 0) && sameAnswer(value, saved)) pending.delete(code);
  else pending.set(code, { value, base });
  // A batch refused without naming an answer may be fixed by any edit: the next save tries again.
  const blocked = state.blocked?.reason === 'refused' ? null : state.blocked;
  return { ...state, pending, rejected: rejectedAfterEdit(state, code, value), blocked };
}

/** Moves the sendable edits into flight; returns them as the API's input. */
export function takeBatch(state: AutosaveState): [AutosaveState, AnswerInput[]] {
  if (!canSend(state)) return [state, []];
  const pending = new Map(state.pending);
  const inFlight = new Map<string, SentEdit>();
  for (const [code, { value, base }] of sendable(state)) {
    pending.delete(code);
    inFlight.set(code, { value, base: base ?? 0 });
  }
  const batch = [...inFlight].map(([code, sent]) => answerInput(code, sent.value, sent.base));
  return [{ ...state, pending, inFlight }, batch];
}

/** The batch is saved: the layer's answers as the server now has them. */
export function batchSaved(
  state: AutosaveState,
  answers: readonly SavedAnswer[],
  now: number,
): AutosaveState {
  const saved = savedMap(answers);
  const pending = new Map(state.pending);
  for (const [code, edit] of pending) {
    if (edit.base === null) pending.set(code, { ...edit, base: saved.get(code)?.version ?? 0 });
  }
  return { ...state, saved, pending, inFlight: null, failures: 0, savedAt: now };
}

/** Nothing of the batch was saved: its edits go back, a newer edit of the same answer winning. */
function returnBatch(state: AutosaveState): Map<string, PendingEdit> {
  const pending = new Map(state.pending);
  for (const [code, sent] of state.inFlight ?? []) {
    const newer = state.pending.get(code);
    pending.set(code, newer ? { value: newer.value, base: sent.base } : sent);
  }
  return pending;
}

/** The network or the server failed; the edits wait for the next attempt. */
export function batchFailed(state: AutosaveState): AutosaveState {
  return { ...state, pending: returnBatch(state), inFlight: null, failures: state.failures + 1 };
}

export interface ConflictReport {
  code: string;
  version: number;
  theirs: AnswerValue;
}

/** Someone saved one of the answers since it was edited: the person decides which to keep. */
export function batchConflicted(state: AutosaveState, report: ConflictReport): AutosaveState {
  const pending = returnBatch(state);
  const mine = pending.get(report.code);
  const conflicts = new Map(state.conflicts);
  if (mine) {
    pending.delete(report.code);
    conflicts.set(report.code, {
      mine: mine.value,
      base: mine.base ?? 0,
      theirs: report.theirs,
      version: report.version,
    });
  }
  return { ...state, pending, conflicts, inFlight: null, failures: 0 };
}

/**
 * The server refused a value (or, without a code, the whole batch) as bad input. The refused answer
 * waits for a correction while the rest is sent again; edited since it was sent, it is retried as is.
 */
export function batchRejected(state: AutosaveState, code: string | null, refusal: ApiRefusal): AutosaveState {
  const pending = returnBatch(state);
  if (code === null || !pending.has(code)) {
    return { ...state, pending, inFlight: null, failures: 0, blocked: { reason: 'refused', refusal } };
  }
  const rejected = state.pending.has(code) ? state.rejected : new Map(state.rejected).set(code, refusal);
  return { ...state, pending, inFlight: null, failures: 0, rejected };
}

/** Saving is not possible any more (not allowed now, session ended): stop, keep every edit. */
export function batchRefused(state: AutosaveState, blocked: Blocked): AutosaveState {
  return { ...state, pending: returnBatch(state), inFlight: null, failures: 0, blocked };
}

/** Keep my edit: send it again on top of the version now saved. */
export function keepMine(state: AutosaveState, code: string): AutosaveState {
  const conflict = state.conflicts.get(code);
  if (!conflict) return state;
  const conflicts = new Map(state.conflicts);
  conflicts.delete(code);
  const pending = new Map(state.pending).set(code, { value: conflict.mine, base: conflict.version });
  return { ...state, conflicts, pending };
}

/** Take the saved answer and drop my edit. */
export function takeTheirs(state: AutosaveState, code: string): AutosaveState {
  const conflict = state.conflicts.get(code);
  if (!conflict) return state;
  const conflicts = new Map(state.conflicts);
  conflicts.delete(code);
  const previous = state.saved.get(code);
  const known = previous?.version === conflict.version ? previous : undefined;
  const saved = new Map(state.saved).set(code, {
    code,
    ...conflict.theirs,
    version: conflict.version,
    updatedAt: known?.updatedAt ?? '',
    author: known?.author ?? null,
  });
  return { ...state, conflicts, saved };
}

/** After a refusal is dealt with (signed in again, say), saving resumes. */
export function unblock(state: AutosaveState): AutosaveState {
  return { ...state, blocked: null };
}

/** Seconds between attempts grow 1, 2, 4, 8, 16, then stay at 30. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/** Every unsaved edit with the version it was made on, to keep across a reload. */
export interface UnsavedEdit {
  code: string;
  value: AnswerValue;
  base: number;
}

export function unsavedEdits(state: AutosaveState): UnsavedEdit[] {
  const edits = new Map<string, UnsavedEdit>();
  for (const [code, sent] of state.inFlight ?? []) edits.set(code, { code, ...sent });
  for (const [code, edit] of state.pending) {
    edits.set(code, { code, value: edit.value, base: edit.base ?? edits.get(code)?.base ?? 0 });
  }
  // A conflict is kept on the version it was made on, so it comes back as a conflict.
  for (const [code, conflict] of state.conflicts)
    edits.set(code, { code, value: conflict.mine, base: conflict.base });
  return [...edits.values()];
}

/** Forgets edits without saving them (edits restored from an earlier visit the person does not want). */
export function discardEdits(state: AutosaveState, codes: readonly string[]): AutosaveState {
  const pending = new Map(state.pending);
  const conflicts = new Map(state.conflicts);
  const rejected = new Map(state.rejected);
  for (const code of codes) {
    pending.delete(code);
    conflicts.delete(code);
    rejected.delete(code);
  }
  return { ...state, pending, conflicts, rejected };
}

/** Edits kept from an earlier visit come back as pending; those already saved are dropped. */
export function restoreEdits(state: AutosaveState, edits: readonly UnsavedEdit[]): AutosaveState {
  const pending = new Map(state.pending);
  let rejected: ReadonlyMap<string, ApiRefusal> = state.rejected;
  for (const { code, value, base } of edits) {
    const saved = state.saved.get(code);
    if (sameAnswer(value, saved)) continue;
    pending.set(code, { value, base });
    rejected = checked(rejected, code, value);
  }
  return { ...state, pending, rejected };
}
