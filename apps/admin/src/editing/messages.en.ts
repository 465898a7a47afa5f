import type { editingId } from './messages.id';

export const editingEn: Record<keyof typeof editingId, string> = {
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
};
