import type { rulesRefusalId } from './rules-refusals.id';

export const rulesRefusalEn: Record<keyof typeof rulesRefusalId, string> = {
  INVALID_ANSWER: 'The answer to question {questionCode} is not one of its options or within its range.',
  COUNT_EXCEEDS_TOTAL: 'The count {questionCode} cannot exceed the count {total}.',
  BREAKDOWN_MISMATCH: 'The breakdown must add up to {total}.',
  ASSESSMENT_EXISTS: 'This unit already has a worksheet for {year}.',
  REVIEW_BEFORE_FILL: 'The TPI’s deadline cannot come before the units’ filling deadline.',
  PREDICATE_HELD: 'This unit already holds that predicate.',
  DATE_IN_FUTURE: 'The date cannot be after today.',
  DECREE_BEFORE_PROPOSAL: 'The decree cannot be dated before the proposal ({proposedOn}).',
  WBBM_NEEDS_WBK: 'WBBM goes only to a unit that holds WBK.',
  DUE_TOO_FAR: 'This due date is too far ahead; {latest} at the latest.',
  DATE_OUT_OF_RANGE: 'The date must fall between {earliest} and {latest}.',
  IMPORT_PROBLEMS: 'The file has {count} problems; no answer was changed.',
  NO_ANSWERS_IN_FILE: 'This file has no answers in this layer’s answer column of the Jawaban sheet.',
  LHE_NOT_EVALUATED: 'The LHE can be issued once the TPI has approved its evaluation.',
  LHE_ALREADY_ISSUED: 'The LHE of this worksheet has been issued; download the issued file.',
  LHE_NOT_ISSUED: 'No LHE of this worksheet has been issued yet: there is nothing to revise.',
  LHE_IN_PACKAGE: 'The LHE has gone out in the proposal package; it can no longer be revised.',
  LHE_REVISED_MEANWHILE:
    'Someone else revised this LHE in the meantime. Read the current report, then revise it if it still needs it.',
  PACKAGE_NOT_PROPOSED: 'The proposal package is assembled once this worksheet is proposed.',
  PACKAGE_NEEDS_LHE: 'Issue the LHE first: the proposal package holds the issued LHE.',
  PACKAGE_ALREADY_ASSEMBLED: 'The proposal package of this worksheet has been assembled; download it.',
};
