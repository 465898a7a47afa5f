import type { evidenceId } from './messages.id';

export const evidenceEn: Record<keyof typeof evidenceId, string> = {
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
};
