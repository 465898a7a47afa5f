import type { guidanceId } from './messages.id';

export const guidanceEn: Record<keyof typeof guidanceId, string> = {
  'guidance.title': 'Evidence expected ({count})',
  'guidance.edited': 'adjusted by the Inspektorat',
  'guidance.examples': 'Examples',
  'guidance.edit': 'Edit guidance',
  'guidance.expectedField': 'Evidence expected',
  'guidance.examplesField': 'Examples of evidence',
  'guidance.linesHint': 'One item per line.',
  'guidance.save': 'Save guidance',
  'guidance.saving': 'Saving…',
  'guidance.reset': 'Restore the default',
  'guidance.required': 'Write at least one item.',
};
