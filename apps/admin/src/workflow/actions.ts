import type { WorkflowAction } from '@zi/schema/admin';

/** What a move asks of the person before it is made. */
export type ActionForm = 'confirm' | 'reason' | 'return' | 'award';

export const ACTION_FORMS: Record<WorkflowAction, ActionForm> = {
  SUBMIT: 'confirm',
  START_REVIEW: 'confirm',
  RETURN: 'return',
  APPROVE: 'confirm',
  CONFIRM: 'confirm',
  SEND_BACK: 'reason',
  REOPEN: 'reason',
  PROPOSE: 'confirm',
  DECLINE: 'reason',
  RECORD_AWARD: 'award',
  RECORD_NOT_AWARDED: 'confirm',
};

/** Moves back or aside; the bar shows them after, and quieter than, the moves forward. */
const SECONDARY: ReadonlySet<WorkflowAction> = new Set([
  'RETURN',
  'SEND_BACK',
  'REOPEN',
  'DECLINE',
  'RECORD_NOT_AWARDED',
]);

export function isSecondary(action: WorkflowAction): boolean {
  return SECONDARY.has(action);
}

/** The allowed moves, forward ones first, each group in the API's order. */
export function orderedActions(allowed: readonly WorkflowAction[]): WorkflowAction[] {
  return [...allowed.filter((action) => !isSecondary(action)), ...allowed.filter(isSecondary)];
}

/** Today as a `YYYY-MM-DD` date in the viewer's zone: a decree date may not be later. */
export function localToday(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
