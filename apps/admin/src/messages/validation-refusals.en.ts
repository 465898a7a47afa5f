import type { validationRefusalId } from './validation.id';

export const validationRefusalEn: Record<keyof typeof validationRefusalId, string> = {
  REQUIRED: 'Required.',
  TOO_SHORT: 'At least {min} characters.',
  TOO_LONG: 'At most {max} characters.',
  TOO_FEW_ITEMS: 'Choose or fill in at least {min}.',
  TOO_MANY_ITEMS: 'At most {max}.',
  BELOW_MINIMUM: 'At least {min}.',
  ABOVE_MAXIMUM: 'At most {max}.',
  NOT_A_WHOLE_NUMBER: 'Enter a whole number.',
  NOT_AN_EMAIL: 'Enter an email address, such as name@agency.go.id.',
  NOT_A_WEB_LINK: 'Enter a full link starting with http:// or https://.',
  INVALID_CODE: 'A code is 1 to 40 letters, digits, or . _ / -, starting with a letter or digit.',
  INVALID_REGION: 'A region code looks like 64, 64.71 or 64.71.01.',
  INVALID_INSTANSI_REGION:
    'An instansi’s region code looks like 64 (a province) or 64.71 (a regency or city).',
  INVALID_ID: 'This ID is not known.',
  INVALID_CURSOR: 'This page can no longer be opened; start from the first page.',
  PAGE_SIZE: 'The page size must be {min} to {max}.',
  NOT_FOUND: 'Not found, or outside your account’s scope.',
  UNKNOWN_QUESTION: 'There is no question {code} in this worksheet.',
  YEAR_RANGE: 'The year must be between {min} and {max}.',
  INVALID_CHARACTER: 'This value holds a character that cannot be stored; type it again.',
  INVALID: 'This value is not valid.',
};
