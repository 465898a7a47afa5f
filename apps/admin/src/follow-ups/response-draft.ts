import type { FollowUpItemFragment, FollowUpStatus } from '@zi/schema/admin';
import { type MessageKey, safeHref } from '@zi/ui';
import type { Problems } from '../monitoring/form-errors';

/** What a unit may say of a follow-up: it is working on it, or it is done; verifying is the Inspektorat's. */
type Answer = Extract<FollowUpStatus, 'IN_PROGRESS' | 'DONE'>;
export const ANSWERS: readonly Answer[] = ['IN_PROGRESS', 'DONE'];
export const RESPONSE_FIELDS = new Set(['status', 'response', 'evidenceUrl']);

export interface ResponseDraft {
  status: Answer;
  response: string;
  evidenceUrl: string;
}

/** The answer given so far, to change; a follow-up not yet answered starts as being worked on. */
export function responseDraftOf(followUp: Pick<FollowUpItemFragment, 'status' | 'response' | 'evidenceUrl'>) {
  return {
    status: followUp.status === 'DONE' ? 'DONE' : 'IN_PROGRESS',
    response: followUp.response ?? '',
    evidenceUrl: followUp.evidenceUrl ?? '',
  } satisfies ResponseDraft;
}

/** What keeps an answer from being sent: it says what was done, and a link is a web link. */
export function responseProblems(draft: ResponseDraft): Problems {
  const problems = new Map<string, MessageKey>();
  if (!draft.response.trim()) problems.set('response', 'monitoring.required');
  if (draft.evidenceUrl.trim() && !safeHref(draft.evidenceUrl.trim())) {
    problems.set('evidenceUrl', 'monitoring.linkInvalid');
  }
  return problems;
}
