import type { AnswerLayer, AssessmentStatus, QuestionStatus, Role } from '@zi/schema/admin';
import type { InstansiKind, PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import type { Messages } from './id';

const stage: Record<Stage, string> = {
  DECLARED: 'Declared',
  BUILDING: 'Building',
  SELF_ASSESSED: 'Self-assessed',
  TPI_EVALUATED: 'Evaluated by the TPI',
  PROPOSED: 'Proposed to KemenPANRB',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
  NOT_AWARDED: 'Not awarded by the TPN',
  REVOKED: 'Predicate revoked',
};

const unitKind: Record<UnitKind, string> = {
  DINAS: 'Agency office (dinas)',
  BADAN: 'Board (badan)',
  RSUD: 'Regional hospital (RSUD)',
  PUSKESMAS: 'Health centre (puskesmas)',
  SCHOOL: 'School',
  KECAMATAN: 'District office (kecamatan)',
  OTHER: 'Other unit',
};

const predicate: Record<PredicateKind, string> = {
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
};

const instansiKind: Record<InstansiKind, string> = {
  PROVINCE: 'Province',
  REGENCY: 'Regency',
  CITY: 'City',
  MINISTRY: 'Ministry or agency',
};

const role: Record<Role, string> = {
  ADMIN: 'Inspectorate',
  EVALUATOR: 'TPI evaluator',
  UNIT_OPERATOR: 'Unit operator',
};

const sort: Record<UnitSort, string> = {
  'name-asc': 'Name A–Z',
  'name-desc': 'Name Z–A',
  latest: 'Latest stage',
};

const assessmentStatus: Record<AssessmentStatus, string> = {
  DRAFT: 'Being filled by the unit',
  SUBMITTED: 'Submitted to the TPI',
  IN_REVIEW: 'Under TPI evaluation',
  EVALUATED: 'Evaluation finished',
  RETURNED: 'Returned for revision',
};

const layer: Record<AnswerLayer, string> = {
  UNIT: 'Unit self-assessment',
  TPI: 'TPI evaluation',
  REVIEW: 'TPI lead review',
};

const layerShort: Record<AnswerLayer, string> = {
  UNIT: 'Unit',
  TPI: 'TPI',
  REVIEW: 'Review',
};

const questionStatus: Record<QuestionStatus, string> = {
  ANSWERED: 'Answered',
  UNANSWERED: 'Unanswered',
  NOT_APPLICABLE: 'Not applicable',
};

export const en: Messages = {
  'language.switch': 'Bahasa Indonesia',

  'layout.skipToContent': 'Skip to main content',
  'status.loading': 'Loading…',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',

  'common.yes': 'Yes',
  'common.no': 'No',
  'common.notRecorded': 'Not recorded',

  'site.name': 'Zona Integritas Registry',
  'site.tagline': 'Government work units building an integrity zone towards WBK and WBBM',
  'site.footer':
    'Zona Integritas data are recorded by the Inspectorate of each government body under PermenPANRB 90/2021. Predicates are awarded by KemenPANRB.',
  'site.adminLink': 'Inspectorate portal',

  'filters.label': 'Filter units',
  'filters.search': 'Search unit name',
  'filters.searchHint': 'Every word must appear in the unit name, e.g. “RSUD” or “SMA Negeri 1”.',
  'filters.searchSubmit': 'Search',
  'filters.stage': 'Stage',
  'filters.kind': 'Unit type',
  'filters.predicate': 'Active predicate',
  'filters.instansi': 'Government body',
  'filters.year': 'Programme year',
  'filters.sort': 'Sort by',
  'filters.any': 'All',
  'filters.reset': 'Clear all filters',

  'results.total': 'Matching units: {count}',
  'results.empty': 'No unit matches this search.',
  'pager.label': 'Result pages',
  'pager.next': 'Next page',
  'pager.first': 'Back to the first page',

  'unit.name': 'Unit name',
  'unit.instansi': 'Government body',
  'unit.kind': 'Type',
  'unit.stage': 'Current stage',
  'unit.stageSince': 'since {date}',
  'unit.predicate': 'Active predicate',
  'unit.head': 'Head of unit',
  'unit.address': 'Address',
  'unit.servesPublic': 'Serves the public directly',
  'stage.none': 'Not building ZI yet',
  'predicate.none': 'None',

  'directory.title': 'Directory of Zona Integritas work units',
  'directory.intro':
    'Find the government work units building an integrity zone, the stage each has reached, the Menuju WBK or Menuju WBBM predicate it holds, and the integrity pacts it signed.',
  'directory.caption': 'Work units',

  'unitPage.back': 'Back to the directory',
  'unitPage.profile': 'Unit profile',
  'unitPage.timeline': 'Zona Integritas timeline',
  'unitPage.timelineEmpty': 'This unit has not declared an integrity zone yet.',
  'unitPage.programYear': 'Programme year {year}',
  'unitPage.source': 'Source',
  'unitPage.predicates': 'Predicates',
  'unitPage.predicatesEmpty': 'This unit has never been awarded Menuju WBK or Menuju WBBM.',
  'unitPage.predicateTitle': '{predicate}, {year}',
  'unitPage.decree': 'Decree (SK)',
  'unitPage.decreeDate': 'Decree date',
  'unitPage.revoked': 'Revoked',
  'unitPage.revokedOn': 'Revoked on',
  'unitPage.revocationReason': 'Reason for revocation',
  'unitPage.pacts': 'Integrity pacts',
  'unitPage.pactsIntro':
    'A written pledge by the leaders and staff to refuse corruption, collusion and nepotism (PermenPANRB 49/2011).',
  'unitPage.pactsEmpty': 'No integrity pact has been recorded yet.',
  'unitPage.pactSignedOn': 'Signed on',
  'unitPage.pactLeader': 'Signing leader',
  'unitPage.pactSignatories': 'Signatories',
  'unitPage.pactSignatoryCount': '{count} people',
  'unitPage.pactDocument': 'Document',
  'unitPage.pactDocumentLink': 'View the signed pact',
  'unitPage.pactVerification': 'Verification code',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist on this site.',
  'notFound.unitTitle': 'Unit not found',
  'notFound.unitBody': 'No work unit has this address. Check the link, or look the unit up in the directory.',
  'notFound.toDirectory': 'Open the unit directory',

  'admin.name': 'Zona Integritas Inspectorate portal',
  'admin.publicSite': 'Public site',
  'login.title': 'Sign in',
  'login.intro': 'For Inspectorate staff, TPI evaluators and work unit operators.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.failed': 'Sign-in failed',
  'login.sessionEnded': 'Your session has ended. Please sign in again.',
  'user.logout': 'Sign out',
  'units.title': 'Work units',
  'units.intro': 'The work units within your account’s scope.',
  'units.caption': 'Work units within your scope',
  'units.publicPage': 'Public page',
  'units.lkeYear': 'LKE year',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'No LKE yet',
  'units.lkeOpen': 'Open the LKE',
  'units.lkeOf': 'LKE of {unit}',
  'units.layerTotal': '{layer} {total}',

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
  'question.notApplicableHint':
    'Nothing to measure (the denominator is 0), so this question is left out of its sub-area’s mean.',

  ...labelsOf('stage', stage),
  ...labelsOf('unitKind', unitKind),
  ...labelsOf('predicate', predicate),
  ...labelsOf('instansiKind', instansiKind),
  ...labelsOf('role', role),
  ...labelsOf('sort', sort),
  ...labelsOf('assessmentStatus', assessmentStatus),
  ...labelsOf('layer', layer),
  ...labelsOf('layerShort', layerShort),
  ...labelsOf('questionStatus', questionStatus),
};
