import type { AnswerChangeKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { editingId } from './editing.id';

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Answer changed',
  EVIDENCE_ADDED: 'Evidence uploaded',
  EVIDENCE_REPLACED: 'Evidence replaced',
  EVIDENCE_LINKED: 'Evidence link added',
  EVIDENCE_REMOVED: 'Evidence removed',
};

export const editingEn: Record<keyof typeof editingId, string> = {
  'answerHistory.open': 'History',
  'answerHistory.title': 'History of {code}',
  'answerHistory.intro': 'Every change to this question’s answers, notes and evidence, newest first.',
  'answerHistory.empty': 'No changes to this question yet.',
  'answerHistory.answer': 'Answer',
  'answerHistory.note': 'Note',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(empty)',

  'edit.liveTotal': 'Score so far',
  'edit.clearAnswer': 'Clear the answer',
  'edit.numberLabel': 'Value ({min}–{max})',
  'edit.numberRange': 'Enter a number from {min} to {max}, e.g. 3.6.',
  'edit.wholeNumber': 'Enter a whole number from {min} to {max}.',

  'save.idle': 'Every change saves automatically.',
  'save.saving': 'Saving…',
  'save.saved': 'All changes saved (at {time}).',
  'save.retrying': 'Saving failed; retrying automatically. Your changes are safe on this device.',
  'save.retryNow': 'Try now',
  'save.conflict': '{count} answers were also changed by someone else: choose which version to keep.',
  'save.invalid': '{count} values were refused ({codes}): correct them.',
  'save.blocked': 'Saving stopped: {message} Your changes are safe on this device.',
  'save.sessionEnded':
    'Your session ended. Your changes are not saved on the server yet, but they are safe on this device; sign in again to save them.',
  'save.signIn': 'Sign in again',
  'save.reload': 'Reload',
  'save.restored': '{count} unsaved changes from an earlier visit were restored and are being saved.',
  'save.discardRestored': 'Discard those changes',

  'conflict.title': 'Someone else saved this answer while you were changing it.',
  'conflict.mine': 'Your version (not saved)',
  'conflict.theirs': 'Saved version',
  'conflict.theirsAt': 'Saved version ({time})',
  'conflict.theirsBy': 'Version saved by {name}',
  'conflict.theirsByAt': 'Version saved by {name} ({time})',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': 'Take the saved version',

  'reference.title': 'The unit’s answer',
  'reference.accept': 'Accept the unit’s answer',
  'reference.agrees': 'Same as the unit’s answer',
  'acceptUnit.button': 'Accept the unit’s answers for the questions not yet evaluated',
  'acceptUnit.title': 'Accept the unit’s answers',
  'acceptUnit.confirm':
    'The unit’s answer will fill {count} questions the TPI has not evaluated yet. The TPI’s answers and notes stay as they are.',
  'acceptUnit.none': 'The TPI has evaluated every question the unit answered.',
  'acceptUnit.submit': 'Accept the unit’s answers',
  'acceptUnit.done': '{count} of the unit’s answers accepted into the TPI evaluation.',

  'evidence.title': 'Evidence',
  'evidence.file': 'File',
  'evidence.link': 'Link',
  'evidence.add': 'Add evidence',
  'evidence.pick': 'Choose files',
  'evidence.dropHint': 'or drop them here (PDF, images, Office/ODF, MP4; several at once).',
  'evidence.uploading': 'Uploading {name}',
  'evidence.networkFailed': 'The connection failed.',
  'evidence.dismiss': 'Close',
  'evidence.replace': 'Replace the file',
  'evidence.remove': 'Remove',
  'evidence.confirmRemove': 'Yes, remove {name}',
  'evidence.addLink': 'Add a link to a document',
  'evidence.url': 'Document address',
  'evidence.linkName': 'Document name',
  'evidence.saveLink': 'Save the link',
  'evidence.preview': 'Preview',
  'evidence.previewOf': 'Preview of {name}',
  'evidence.download': 'Download the file',

  ...labelsOf('answerChangeKind', answerChangeKind),
};
