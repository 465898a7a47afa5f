import type { AnswerLayer } from '@zi/schema/admin';
import type { AnswerValue } from '../worksheet/types';
import type { UnsavedEdit } from './autosave';

/**
 * Unsaved edits are kept in the browser as well, so a closed tab, a crash or an ended session loses
 * nothing: they come back on the next visit and are saved then (or shown as conflicts).
 */
export function unsavedKey(user: string, assessmentId: string, layer: AnswerLayer): string {
  return `zi.unsaved.v1.${user}.${assessmentId}.${layer}`;
}

/** Where a person's unsaved monitoring-grid cells of a round are kept. */
export function unsavedCellsKey(user: string, roundId: string): string {
  return `zi.unsaved.v1.${user}.monitoring.${roundId}`;
}

const isNullable = (value: unknown, type: 'string' | 'number') => value === null || typeof value === type;

function isAnswerValue(value: unknown): value is AnswerValue {
  const answer = value as Partial<AnswerValue> | null;
  return (
    typeof answer === 'object' &&
    answer !== null &&
    isNullable(answer.option, 'string') &&
    isNullable(answer.number, 'number') &&
    isNullable(answer.note, 'string')
  );
}

function isUnsavedEdit(value: unknown): value is UnsavedEdit {
  const edit = value as Partial<UnsavedEdit> | null;
  return (
    typeof edit === 'object' &&
    edit !== null &&
    typeof edit.code === 'string' &&
    Number.isInteger(edit.base) &&
    isAnswerValue(edit.value)
  );
}

// Storage can be unavailable (private browsing) or full: the edits then live in the page only.
export function readUnsaved(storage: Storage | null, key: string): UnsavedEdit[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isUnsavedEdit) : [];
  } catch {
    return [];
  }
}

export function writeUnsaved(storage: Storage | null, key: string, edits: readonly UnsavedEdit[]): void {
  try {
    if (edits.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(edits));
  } catch {
    // Kept in the page only; the unload warning still guards them.
  }
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
