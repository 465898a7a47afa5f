import type { AnswerLayer, AssessmentStatus, WorkflowAction } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { workflowId } from './messages.id';

const workflowAction: Record<WorkflowAction, string> = {
  SUBMIT: 'Submit to the TPI',
  START_REVIEW: 'Start the evaluation',
  RETURN: 'Return for revision',
  APPROVE: 'Approve the evaluation',
  CONFIRM: 'Confirm the evaluation',
  SEND_BACK: 'Send back to the TPI',
  REOPEN: 'Reopen the evaluation',
  PROPOSE: 'Propose to KemenPANRB',
  DECLINE: 'Do not propose',
  RECORD_AWARD: 'Record the WBK/WBBM award',
  RECORD_NOT_AWARDED: 'Record not awarded',
};

const actionHelp: Record<WorkflowAction, string> = {
  SUBMIT:
    'Once submitted, the unit’s answers can no longer be changed, except questions the TPI returns for revision. Every question must be answered.',
  START_REVIEW:
    'The TPI starts evaluating: the unit’s answers lock and the TPI gives its own answer to each question.',
  RETURN:
    'The unit can revise the returned questions and submit again. Say for each question what needs revising.',
  APPROVE:
    'The TPI’s evaluation is approved and the worksheet locks. Where the instansi requires the team lead’s review, the worksheet waits for the team lead’s confirmation; otherwise the step “Evaluated by the TPI” appears on the unit’s public page at once, without scores.',
  CONFIRM:
    'The TPI’s evaluation is confirmed and the worksheet stays locked. The step “Evaluated by the TPI” appears on the unit’s public page, without scores.',
  SEND_BACK:
    'The evaluation goes back to the TPI for another look: the TPI can change its answers and approve again. The reason is kept in the history.',
  REOPEN: 'The evaluation reopens so the TPI can change its answers. The reason is kept in the history.',
  PROPOSE: 'The unit is proposed to KemenPANRB. This step appears on the unit’s public page.',
  DECLINE: 'The unit is not proposed this year. The reason is kept in the history.',
  RECORD_AWARD: 'Record the national team’s decision as its decree (SK) states it.',
  RECORD_NOT_AWARDED: 'Record that the national team did not award this unit a predicate.',
};

const statusHelp: Record<AssessmentStatus, string> = {
  DRAFT: 'The unit is filling in its self-assessment. Every answer saves automatically.',
  SUBMITTED: 'Submitted to the TPI, waiting for the evaluation to start.',
  IN_REVIEW: 'The TPI is evaluating the unit’s answers.',
  RETURNED: 'The TPI returned questions for the unit to revise; once revised, submit again.',
  SECOND_REVIEW:
    'The TPI approved its evaluation. The team lead reviews it, then confirms it or sends it back to the TPI.',
  EVALUATED:
    'The TPI’s evaluation is done and the worksheet is locked. The Inspektorat decides on the proposal.',
  PROPOSED: 'Proposed to KemenPANRB, waiting for the national team’s decision.',
  NOT_PROPOSED: 'Not proposed this year.',
  AWARDED: 'The national team awarded a predicate.',
  NOT_AWARDED: 'The national team did not award a predicate.',
};

export const workflowEn: Record<keyof typeof workflowId, string> = {
  'workflow.title': 'Evaluation workflow',
  'workflow.actions': 'Actions',
  'workflow.nothingNow': 'Your account has nothing to do in this status.',
  'workflow.reason': 'Reason (kept in the history)',
  'workflow.note': 'Note for the history (optional)',
  'workflow.moving': 'Working…',
  'workflow.moved': 'Done. The worksheet is now: {status}.',
  'workflow.saveFirst':
    'Some answers are not saved (a conflict, a refused value, or no connection). Resolve that first, then try again.',

  'incomplete.title': '{count} questions are not answered yet',
  'incomplete.intro':
    'The worksheet can be submitted once every question is answered. Open each question below:',
  'incomplete.titleTpi': '{count} questions are not evaluated by the TPI yet',
  'incomplete.introTpi':
    'The evaluation can be approved once the TPI has answered every question: answer them, or accept the unit’s answers for those left. Open each question below:',
  'incomplete.areaCount': '{count} questions',
  'incomplete.dismiss': 'Hide the list',

  'history.title': 'History',
  'history.intro': 'Every status change of the worksheet, newest first.',
  'history.empty': 'No status changes yet.',
  'history.statusChange': '{from} → {to}',
  'history.by': 'by {name}',

  'returns.summaryTitle': 'Questions returned by the TPI ({count})',
  'returns.summaryIntro': 'Revise the answer, note or evidence of these questions, then submit again.',
  'returns.returnedLabel': 'Returned by the TPI for revision',
  'returns.mark': 'Return this question to the unit',
  'returns.reason': 'What needs revising',
  'returns.none':
    'No question is marked yet. Mark them on the worksheet (“Return this question to the unit”) or choose them below.',
  'returns.add': 'Add a question',
  'returns.choose': 'Choose a question…',
  'returns.addButton': 'Add',
  'returns.remove': 'Do not return',
  'returns.reasonsNeeded': 'Give a reason for each question returned.',

  'award.predicate': 'Predicate',
  'award.decreeNumber': 'Decree (SK) number',
  'award.decreeDate': 'Decree date',

  'documents.xlsx': 'Download the LKE (.xlsx, official template)',
  'documents.lhe': 'Download the evaluation report (LHE, PDF)',
  ...labelsOf('documents.import', {
    UNIT: 'Import the unit’s answers from .xlsx',
    TPI: 'Import the TPI’s answers from .xlsx',
    REVIEW: 'Import the review’s answers from .xlsx',
  } satisfies Record<AnswerLayer, string>),
  'documents.lheIssue': 'Issue the LHE',
  'documents.lheIssuing': 'Issuing…',
  'documents.lheIssueHint':
    'The LHE gets the next number in the instansi’s sequence for the year and is kept as issued: every later download is the same file, with its verification code and QR.',
  'documents.lheIssued': 'LHE issued: number {number}, dated {date}, verification code {code}.',
  'documents.lheRevision': 'Revision {revision}. Reason: {reason}',
  'documents.lheRevise': 'Revise the LHE',
  'documents.lheRevising': 'Issuing the revision…',
  'documents.lheReviseReason': 'Reason for the revision',
  'documents.lheReviseHint':
    'The revision is issued with the next number and names the LHE it replaces and why. The old LHE stays on record; its code will say that it has been replaced.',
  'documents.lheReviseSubmit': 'Issue the revision',
  'documents.packageAssemble': 'Assemble the proposal package',
  'documents.packageAssembling': 'Assembling…',
  'documents.packageHint':
    'One .zip with the cover letter, the LKE, the issued LHE and the SPTJM, and a list of every file’s SHA-256. Assembled once and kept: every later download is the same file.',
  'documents.packageDownload': 'Download the proposal package (.zip)',
  'documents.packageAssembled': 'Assembled {date}. Its files and their SHA-256:',
  'documents.importing': 'Importing…',
  ...labelsOf('documents.importHint', {
    UNIT: 'Fill in the “Jawaban Unit” column (K) and its notes (L) on the Jawaban sheet of the LKE file downloaded above. If any cell is wrong, nothing is saved.',
    TPI: 'Fill in the “Jawaban TPI” column (O) and its notes (R) on the Jawaban sheet of the LKE file downloaded above. If any cell is wrong, nothing is saved.',
    REVIEW:
      'Fill in the “Jawaban TPI KESDM” column (S) and its notes (V) on the Jawaban sheet of the LKE file downloaded above. If any cell is wrong, nothing is saved.',
  } satisfies Record<AnswerLayer, string>),
  ...labelsOf('documents.imported', {
    UNIT: 'The unit’s answers were imported.',
    TPI: 'The TPI’s answers were imported.',
    REVIEW: 'The review’s answers were imported.',
  } satisfies Record<AnswerLayer, string>),
  'documents.importFailed': 'The file was not imported; no answer changed',

  ...labelsOf('workflowAction', workflowAction),
  ...labelsOf('actionHelp', actionHelp),
  ...labelsOf('statusHelp', statusHelp),

  'acceptUnit.button': 'Accept the unit’s answers for the questions not yet evaluated',
  'acceptUnit.title': 'Accept the unit’s answers',
  'acceptUnit.confirm':
    'The unit’s answer will fill {count} questions the TPI has not evaluated yet. The TPI’s answers and notes stay as they are.',
  'acceptUnit.none': 'The TPI has evaluated every question the unit answered.',
  'acceptUnit.submit': 'Accept the unit’s answers',
  'acceptUnit.done': '{count} of the unit’s answers accepted into the TPI evaluation.',
};
