import type { followUpFilesId } from './follow-up-files.id';

export const followUpFilesEn: Record<keyof typeof followUpFilesId, string> = {
  'followUpFiles.title': 'Evidence files',
  'followUpFiles.attach': 'Attach files',
  'followUpFiles.attachHint':
    'Files are saved to this follow-up at once, even before the response is sent. A scanned decree or photos of the activity, for example.',
  'followUpFiles.opensInNewTab': '(opens in a new tab)',
  'followUpFiles.sizeKb': '{size} KB',
  'followUpFiles.sizeMb': '{size} MB',
  'followUpFiles.addedBy': 'added by {name}',
};
