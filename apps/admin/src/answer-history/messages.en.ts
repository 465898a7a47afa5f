import type { AnswerChangeKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { answerHistoryId } from './messages.id';

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Answer changed',
  EVIDENCE_ADDED: 'Evidence uploaded',
  EVIDENCE_REPLACED: 'Evidence replaced',
  EVIDENCE_LINKED: 'Evidence link added',
  EVIDENCE_REMOVED: 'Evidence removed',
};

export const answerHistoryEn: Record<keyof typeof answerHistoryId, string> = {
  'answerHistory.open': 'History',
  'answerHistory.title': 'History of {code}',
  'answerHistory.intro': 'Every change to this question’s answers, notes and evidence, newest first.',
  'answerHistory.empty': 'No changes to this question yet.',
  'answerHistory.answer': 'Answer',
  'answerHistory.note': 'Note',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(empty)',

  ...labelsOf('answerChangeKind', answerChangeKind),
};
