import type { deadlinesId } from './messages.id';

export const deadlinesEn: Record<keyof typeof deadlinesId, string> = {
  'deadlines.formTitle': 'LKE deadlines {year}',
  'deadlines.formIntro':
    'When units finish filling and the TPI finishes evaluating in your instansi (the day itself included). Afterwards the layer locks, unless it is reopened for one worksheet.',
  'deadlines.save': 'Save the deadlines',
  'deadlines.saving': 'Saving…',
  'deadlines.saved': 'Deadlines saved.',
  'deadlines.dateRequired': 'Choose a date.',
  'deadlines.reviewBeforeFill': 'Evaluation cannot end before filling ends.',
  'deadlines.none': 'No LKE deadlines are set for this year yet.',
  'deadlines.passed': 'passed',
  'deadlines.reopen': 'Reopen',
  'deadlines.reopenTitle': 'Reopen: {layer}',
  'deadlines.reopenHelp':
    'This layer is open until {date}. It stays open for this worksheet only, until the later day you choose; the reason is recorded.',
  'deadlines.reopenUntil': 'Open until',
  'deadlines.reason': 'Reason (required, recorded)',
  'deadlines.reasonRequired': 'Write the reason.',
  'deadlines.untilTooEarly': 'Choose {date} or a later day.',
  'deadlines.reopenedUntil': 'Reopened until {date}: {reason}',
};
