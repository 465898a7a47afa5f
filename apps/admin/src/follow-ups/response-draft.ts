import type { FollowUpItemFragment, FollowUpStatus } from '@zi/schema/admin';
import { type MessageKey, safeHref } from '@zi/ui';
import type { Problems } from '../monitoring/form-errors';

export const RESPONSE_FIELDS = new Set(['status', 'response', 'evidenceUrl']);

export interface ResponseDraft {
  status: FollowUpStatus;
  response: string;
  evidenceUrl: string;
}

/**
 * The answer given so far, to change; a follow-up not yet answered starts at the first status the API
 * lets the viewer answer with.
 */
export function responseDraftOf(
  followUp: Pick<FollowUpItemFragment, 'status' | 'response' | 'evidenceUrl' | 'viewerMay'>,
): ResponseDraft {
  const { respondWith } = followUp.viewerMay;
  return {
    status: respondWith.includes(followUp.status) ? followUp.status : (respondWith[0] ?? followUp.status),
    response: followUp.response ?? '',
    evidenceUrl: followUp.evidenceUrl ?? '',
  };
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
