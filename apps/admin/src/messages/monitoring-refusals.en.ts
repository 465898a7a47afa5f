import type { monitoringRefusalId } from './monitoring-refusals.id';

export const monitoringRefusalEn: Record<keyof typeof monitoringRefusalId, string> = {
  'monitoring.quarter.1': '1',
  'monitoring.quarter.2': '2',
  'monitoring.quarter.3': '3',
  'monitoring.quarter.4': '4',
  'monitoring.quarterName': 'Q{quarter} {year}',

  'refusal.ROUND_EXISTS': 'The monitoring round of {quarter} is open already.',
  'refusal.QUARTER_NOT_BEGUN': '{quarter} has not begun; its round can be opened once the quarter starts.',
  'refusal.ROUND_CLOSED':
    'The monitoring round of {quarter} is closed: its judgements and findings can no longer change.',
  'refusal.DUE_IN_CLOSED_QUARTER':
    'This date falls in {quarter}, which has ended. Choose a date from today on.',
  'refusal.DUE_IN_PAST': 'The due date cannot be before today ({today}).',
  'refusal.FOLLOW_UP_VERIFIED': 'This follow-up has been verified and closed.',
  'refusal.FOLLOW_UP_STATUS':
    'A unit can only say a follow-up is in progress or done; the Inspektorat verifies it.',
  'refusal.FOLLOW_UP_NOT_DONE': 'Only a follow-up the unit calls done can be verified or sent back.',
  'refusal.NOTE_REQUIRED': 'Say what is still missing, so the unit can complete it.',
  'refusal.RANGE_ORDER': 'The end must come after the start.',
  'refusal.RANGE_TOO_LONG': 'This period is too long; narrow the dates.',
  'refusal.PLACE_REQUIRED': 'Give a place, an online link, or both.',
  'refusal.NOT_INVITED': 'Only invited units can be recorded as present or given a follow-up.',
  'refusal.QUARTER_CLOSED': '{quarter} has ended; choose the current quarter or a later one.',
  'refusal.REALISATION_REQUIRED': 'Say what was done.',
  'refusal.DUPLICATE_CELL': 'The same unit and area appear twice in one save.',
  'refusal.NO_EARLIER_ROUND': 'No earlier round has been judged to carry forward into this one.',
};
