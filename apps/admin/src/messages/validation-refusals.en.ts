import type { validationRefusalId } from './validation-refusals.id';

export const validationRefusalEn: Record<keyof typeof validationRefusalId, string> = {
  REQUIRED: 'Required.',
  TOO_SHORT: 'At least {min} characters.',
  TOO_FEW_ITEMS: 'Choose or fill in at least {min}.',
  TOO_MANY_ITEMS: 'At most {max}.',
  NOT_AN_EMAIL: 'Enter an email address, such as name@agency.go.id.',
  NOT_A_WEB_LINK: 'Enter a full link starting with http:// or https://.',
  INVALID_CODE: 'A code is 1 to 40 letters, digits, or . _ / -, starting with a letter or digit.',
  NOT_FOUND: 'Not found, or outside your account’s scope.',
  UNKNOWN_QUESTION: 'There is no question {code} in this worksheet.',
  YEAR_RANGE: 'The year must be between {min} and {max}.',
  INVALID_NIP: 'A NIP is 18 digits, without spaces.',
  NUMBER_FORMAT_WITHOUT_SEQUENCE: 'The number format must hold {nomor}, the report’s sequence number.',
};
