import type { AnswerLayer, AssessmentStatus } from '@zi/schema/admin';
import type { ArchiveLimit } from '@zi/schema/public-enums';
import { labelsOf } from '@zi/ui';
import { authRefusalEn } from './auth-refusals.en';
import { monitoringRefusalEn } from './monitoring-refusals.en';
import type { refusalsId, requestRefusalId } from './refusals.id';
import { registryRefusalEn } from './registry-refusals.en';
import { rulesRefusalEn } from './rules-refusals.en';
import { surveyRefusalEn } from './survey-refusals.en';
import { validationRefusalEn } from './validation-refusals.en';

const assessmentStatus: Record<AssessmentStatus, string> = {
  DRAFT: 'Being filled by the unit',
  SUBMITTED: 'Submitted to the TPI',
  IN_REVIEW: 'Under TPI evaluation',
  EVALUATED: 'Evaluation finished',
  RETURNED: 'Returned for revision',
  SECOND_REVIEW: 'Awaiting the team lead’s review',
  PROPOSED: 'Proposed to KemenPANRB',
  NOT_PROPOSED: 'Not proposed',
  AWARDED: 'Awarded WBK/WBBM',
  NOT_AWARDED: 'Not awarded by the national team',
};

const layer: Record<AnswerLayer, string> = {
  UNIT: 'Unit self-assessment',
  TPI: 'TPI evaluation',
  REVIEW: 'TPI lead review',
};

/** Which limit of the zip guard an uploaded workbook broke (`ARCHIVE_TOO_LARGE`'s `limit`). */
const archiveLimit: Record<ArchiveLimit, string> = {
  UNPACKED_SIZE: 'it unpacks to more than {mb} MB',
  ENTRIES: 'it holds more than {max} parts',
  RATIO: 'a part of it unpacks to more than {max} times its packed size',
};

const requestRefusalEn: Record<keyof typeof requestRefusalId, string> = {
  WORKFLOW_ROLE: 'Your role may not make this move.',
  WORKFLOW_STATUS:
    'This move is not possible in the worksheet’s current status. Reload the page to see the latest status.',
  WORKFLOW_NOT_TEAM_LEAD: 'Only the team lead (ketua tim) of this unit’s evaluators makes the second review.',
  WORKFLOW_OWN_APPROVAL: 'The second review must be made by someone other than the person who approved.',
  LAYER_ROLE: 'Your role may not edit the layer {layer}.',
  LAYER_LOCKED: 'The layer {layer} cannot be edited while the worksheet is “{status}”.',
  WINDOW_CLOSED:
    'The {year} deadline has passed ({deadline}: {closedOn}). Ask the Inspektorat to reopen this layer.',
  LAYER_OPEN:
    'The layer {layer} is already open until that day or later. Choose a later day to give more time.',
  INCOMPLETE:
    '{count} questions are not answered yet; the worksheet can be submitted once every question is.',
  TPI_INCOMPLETE:
    '{count} questions are not evaluated by the TPI yet; the evaluation can be approved once every question is. The unit’s answers you agree with as they are can be accepted at once with “Accept the unit’s answers”.',
  EVIDENCE_LOCKED: 'This worksheet has been submitted: its evidence can be replaced, not removed.',
  FILE_TOO_LARGE: '{name}: the file is larger than the {maxMb} MB limit.',
  ARCHIVE_TOO_LARGE:
    'This file was refused before it was opened: {limit}. Check that it is the right file, then save it again from Excel or LibreOffice.',
  FILE_TYPE_NOT_ALLOWED: '{name}: this kind of file is not accepted. Accepted: {allowed}.',
  FILE_EMPTY: '{name}: the file is empty.',
  TOO_MANY_FILES: 'At most {max} files in one upload.',
  NOT_MULTIPART: 'The files were not sent as an upload form. Try again.',
  UPLOAD_MALFORMED: 'The upload was damaged or cut off. Try again.',
  NO_FILE: 'No file arrived. Choose the files again.',
  CSRF_HEADER_REQUIRED:
    'This page was opened before the portal was updated and cannot send files. Reload the page and try again.',
  CROSS_SITE_REQUEST:
    'This request came from another site and was refused; nothing was changed. Open the portal at its own address, then try again.',
  WORKBOOK_QUEUE_FULL:
    'The server is reading other workbooks right now. Nothing was changed; try again in a moment.',
};

export const refusalsEn: Record<keyof typeof refusalsId, string> = {
  // The values of refusal sentences (apps/admin/src/refusals.ts), kept beside the reasons.
  'login.waitMinutes': '{minutes} minutes',
  'login.waitOneMinute': '1 minute',
  'deadlines.fillUntil': 'Filling by units until',
  'deadlines.reviewUntil': 'Evaluation by the TPI until',

  ...labelsOf('assessmentStatus', assessmentStatus),
  ...labelsOf('layer', layer),
  ...labelsOf('archiveLimit', archiveLimit),
  ...labelsOf('refusal', requestRefusalEn),
  ...labelsOf('refusal', validationRefusalEn),
  ...labelsOf('refusal', authRefusalEn),
  ...labelsOf('refusal', rulesRefusalEn),
  ...labelsOf('refusal', registryRefusalEn),
  ...monitoringRefusalEn,
  ...surveyRefusalEn,
};
