import type { PublicRefusalReason } from '@zi/schema/public-enums';

export const publicRefusalEn: Record<PublicRefusalReason, string> = {
  INVALID: 'This value is not valid.',
  INVALID_ID: 'This ID is not known.',
  INVALID_CURSOR: 'This page can no longer be opened; start from the first page.',
  PAGE_SIZE: 'The page size must be {min} to {max}.',
  INVALID_REGION: 'A region code looks like 64, 64.71 or 64.71.01.',
  INVALID_INSTANSI_REGION:
    'An instansi’s region code looks like 64 (a province) or 64.71 (a regency or city).',
  TOO_LONG: 'At most {max} characters.',
  NOT_A_WHOLE_NUMBER: 'Enter a whole number.',
  BELOW_MINIMUM: 'At least {min}.',
  ABOVE_MAXIMUM: 'At most {max}.',
  INVALID_CHARACTER: 'This value holds a character that cannot be stored; type it again.',
  BUSY: 'The server is very busy right now. Nothing was changed; try again in a moment.',
};
