import type { QuestionStatus } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { worksheetId } from './messages.id';

const questionStatus: Record<QuestionStatus, string> = {
  ANSWERED: 'Answered',
  UNANSWERED: 'Unanswered',
  NOT_APPLICABLE: 'Not applicable',
};

export const worksheetEn: Record<keyof typeof worksheetId, string> = {
  'worksheet.title': 'Evaluation worksheet (LKE)',
  'worksheet.documentTitle': 'LKE {year} · {unit}',
  'worksheet.back': 'Back to the work units',
  'worksheet.year': 'LKE {year}',
  'worksheet.layers': 'Answer layers',
  'worksheet.total': 'Total score',
  'worksheet.outOf': 'out of {max}',
  'worksheet.answered': 'Questions answered',
  'worksheet.answeredCount': '{answered} of {questions}',
  'worksheet.noScore': 'This layer has no answers yet.',
  'worksheet.notFoundTitle': 'Worksheet not found',
  'worksheet.notFoundBody':
    'No worksheet with this address is within your account’s scope. Check the link, or open the worksheet from the list of work units.',

  'eligibility.title': 'Predicate conditions',
  'eligibility.intro': 'The minimum scores for a proposal, checked against this layer’s scores.',
  'eligibility.eligible': 'Eligible',
  'eligibility.notEligible': 'Not eligible yet',
  'eligibility.failing': 'Conditions not met: {count} of {total}',
  'eligibility.rule': 'Condition',
  'eligibility.value': 'Value',
  'eligibility.threshold': 'Threshold',
  'eligibility.result': 'Result',
  'eligibility.passed': 'Met',
  'eligibility.gap': '{gap} short',
  'eligibility.notHeld': 'Not met',

  'priorities.title': 'What to fix first',
  'priorities.intro':
    'The questions that would add most if answered at their best; those that help an unmet condition come first.',
  'priorities.gain': '+{gain} points',
  'priorities.ratio': 'ratio now {ratio}',
  'priorities.helps': 'Helps to meet:',
  'priorities.empty': 'No question can add to the score any more.',

  'tree.title': 'Worksheet',
  'tree.intro': 'Open an area to see its questions, criteria, answers and scores.',
  'tree.score': '{score} of {weight}',
  'tree.weight': 'weight {weight}',
  'tree.answered': '{answered}/{questions} answered',
  'tree.notApplicable': 'Not applicable: no question can be measured, so the sub-area earns its full weight.',

  'question.answer': 'Answer',
  'question.noAnswer': 'No answer yet',
  'question.chosen': 'chosen',
  'question.scale': 'scale {min}–{max}',
  'question.criteria': 'Criteria',
  'question.formula': 'Formula: {formula}',
  'question.ratio': 'Ratio {ratio}',
  'question.percent': 'Percentage {percent}',
  'question.note': 'Note',
  'question.zeroScoreHint':
    'The denominator is 0, but it counts the unit’s own work: nothing was achieved, so the score is 0.',
  'question.notApplicableHint':
    'Nothing to measure (the denominator is 0), so this question is left out of its sub-area’s mean.',

  'tree.withEvidence': 'evidence {count}/{questions}',

  ...labelsOf('questionStatus', questionStatus),
  'questionFilter.legend': 'Show questions',
  'questionFilter.all': 'All questions',
  'questionFilter.belum-dijawab': 'Unanswered ({count})',
  'questionFilter.tanpa-bukti': 'Without evidence ({count})',
  'questionFilter.dikembalikan': 'Returned ({count})',
  'questionFilter.nextUnanswered': 'Next unanswered question',
  'questionFilter.none': 'No question matches this filter.',
  'verdictSummary.details': 'Conditions in detail and what to fix first',
};
