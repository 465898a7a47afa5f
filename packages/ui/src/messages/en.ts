import type {
  AnswerChangeKind,
  AnswerLayer,
  AssessmentStatus,
  QuestionStatus,
  Role,
  WorkflowAction,
} from '@zi/schema/admin';
import type { InstansiKind, PredicateKind, Stage, UnitKind } from '@zi/schema/public';
import type { ArchiveLimit, RefusalReason } from '../enums';
import { labelsOf } from '../i18n/labels';
import type { UnitSort } from '../unit-list/params';
import { areasEn } from './areas.en';
import { authRefusalEn } from './auth.en';
import { dashboardEn } from './dashboard.en';
import { followUpFilesEn } from './follow-up-files.en';
import type { Messages } from './id';
import { monitoringEn } from './monitoring.en';
import { registryEn } from './registry.en';
import { rulesRefusalEn } from './rules.en';
import { validationRefusalEn } from './validation.en';

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

const answerChangeKind: Record<AnswerChangeKind, string> = {
  ANSWER: 'Answer changed',
  EVIDENCE_ADDED: 'Evidence uploaded',
  EVIDENCE_REPLACED: 'Evidence replaced',
  EVIDENCE_LINKED: 'Evidence link added',
  EVIDENCE_REMOVED: 'Evidence removed',
};

/** Which limit of the zip guard an uploaded workbook broke (`ARCHIVE_TOO_LARGE`'s `limit`). */
const archiveLimit: Record<ArchiveLimit, string> = {
  UNPACKED_SIZE: 'it unpacks to more than {mb} MB',
  ENTRIES: 'it holds more than {max} parts',
  RATIO: 'a part of it unpacks to more than {max} times its packed size',
};

const refusal: Record<RefusalReason, string> = {
  WORKFLOW_ROLE: 'Your role may not make this move.',
  WORKFLOW_STATUS:
    'This move is not possible in the worksheet’s current status. Reload the page to see the latest status.',
  WORKFLOW_NOT_TEAM_LEAD: 'Only the team lead (ketua tim) of this unit’s evaluators makes the second review.',
  WORKFLOW_OWN_APPROVAL: 'The second review must be made by someone other than the person who approved.',
  LAYER_ROLE: 'Your role may not edit the layer {layer}.',
  LAYER_LOCKED: 'The layer {layer} cannot be edited while the worksheet is “{status}”.',
  WINDOW_CLOSED:
    'The {year} deadline has passed ({deadline}: {closedOn}). Ask the Inspektorat to reopen this layer.',
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
};

export const en: Messages = {
  'language.switch': 'Bahasa Indonesia',

  'layout.skipToContent': 'Skip to main content',
  'status.loading': 'Loading…',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.busy': 'The server is very busy right now. Nothing was changed; try again in a moment.',
  'error.internal': 'Something went wrong on the server. It has been logged; try again in a moment.',
  'error.network': 'The server cannot be reached. Check your connection, then try again.',
  'error.rateLimited': 'Too many requests in a short time. Wait a moment, then try again.',

  'common.yes': 'Yes',
  'common.no': 'No',
  'common.notRecorded': 'Not recorded',

  'site.name': 'Zona Integritas Registry',
  'site.tagline': 'Government work units building an integrity zone towards WBK and WBBM',
  'site.footer':
    'Zona Integritas data are recorded by the Inspectorate of each government body under PermenPANRB 90/2021. Predicates are awarded by KemenPANRB.',
  'site.adminLink': 'Inspectorate portal',
  'site.license': 'The registry data are free to reuse under the CC BY 4.0 licence.',
  'site.feed': 'Change feed (Atom)',

  'filters.label': 'Filter units',
  'filters.search': 'Search unit name or acronym',
  'filters.searchHint':
    'Every word must appear in the unit’s name or acronyms, e.g. “DPMPTSP”, “RSUD” or “SMA Negeri 1”.',
  'filters.searchSubmit': 'Search',
  'filters.stage': 'Stage',
  'filters.kind': 'Unit type',
  'filters.predicate': 'Active predicate',
  'filters.instansi': 'Government body',
  'filters.region': 'Region (province)',
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
  'directory.description':
    'Find the government work units building an integrity zone: their stage, Menuju WBK/WBBM predicate and integrity pacts.',

  'unitPage.archivedSince': 'Archived since {date}: this unit is no longer registered; its history is kept.',
  'unitPage.back': 'Back to the directory',
  'unitPage.description':
    '{unit} ({instansi}): {stage}. Its Zona Integritas timeline, WBK/WBBM predicates and integrity pacts.',
  'unitPage.profile': 'Unit profile',
  'unitPage.timeline': 'Zona Integritas timeline',
  'unitPage.timelineEmpty': 'This unit has not declared an integrity zone yet.',
  'unitPage.programYear': 'Programme year {year}',
  'unitPage.source': 'Source',
  'unitPage.predicates': 'Predicates ever awarded',
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

  'nav.label': 'Main menu',
  'nav.directory': 'Directory',
  'nav.statistics': 'Statistics',
  'nav.verify': 'Verify a pact',
  'nav.openData': 'Open data',
  'nav.api': 'API',

  'code.copy': 'Copy',
  'code.copyLabel': 'Copy {label}',
  'code.copied': 'Copied.',

  'pact.signedOn': 'Signed on',
  'pact.leader': 'Signing leader',
  'pact.signatories': 'Signatories',
  'pact.signatoryCount': '{count} people',
  'pact.document': 'Document',
  'pact.documentLink': 'View the signed pact',
  'pact.verificationCode': 'Verification code',
  'pact.qrLabel': 'QR code to verify pact {code}',
  'pact.qrCaption': 'Scan to check this pact in the registry.',
  'pact.verifyLink': 'Open the verification page',

  'verify.title': 'Verify an integrity pact',
  'verify.titleWithCode': 'Verify {code}',
  'verify.description':
    'Check whether an integrity pact is registered: enter the code printed on the pact poster, or scan its QR code.',
  'verify.intro':
    'Every integrity pact recorded by an Inspectorate has a verification code printed on its poster. Enter that code, or scan the QR code on the poster, to see the unit, the date and who signed.',
  'verify.codeLabel': 'Verification code',
  'verify.codeHint': 'Printed on the pact poster, e.g. PI-7Y9D-CB2Z. Case, spaces and dashes do not matter.',
  'verify.submit': 'Check',
  'verify.registered': 'Registered',
  'verify.foundTitle': 'This integrity pact is in the registry',
  'verify.unit': 'Work unit',
  'verify.occasion': 'Occasion',
  'verify.notRegistered': 'Not registered',
  'verify.notFoundTitle': 'No integrity pact has the code {code}',
  'verify.notFoundBody':
    'The registry holds no pact with this code. Before drawing conclusions, check the following:',
  'verify.hintPoster': 'Compare the code with the one printed on the poster, character by character.',
  'verify.hintLookalike': 'The letter O and the digit 0, I and 1, S and 5 are easily confused.',
  'verify.hintRecent': 'A pact signed recently may not have been recorded by the Inspectorate yet.',
  'verify.hintReport':
    'If the code is right and the pact is still not found, report it to the Inspectorate of the unit’s government body.',

  'stats.title': 'Zona Integritas statistics',
  'stats.description':
    'Work units by Zona Integritas stage, by WBK/WBBM predicate, by government body, region and year, with charts, tables and CSV.',
  'stats.intro':
    'How many work units are building an integrity zone, how far they have come, and how many hold Menuju WBK or Menuju WBBM. Every chart comes with the table of its numbers, which you can download as CSV.',
  'stats.filters': 'Scope of the statistics',
  'stats.region': 'Region',
  'stats.allRegions': 'All regions',
  'stats.regionCode': 'Region {code}',
  'stats.regionCodeHeader': 'Region code',
  'stats.national': 'Ministries and agencies (national)',
  'stats.totalUnits': 'Work units',
  'stats.buildingZi': 'Building ZI',
  'stats.holdingWbk': 'Holding Menuju WBK (not yet WBBM)',
  'stats.holdingWbbm': 'Holding Menuju WBBM',
  'stats.revokedEver': 'Predicates ever revoked',
  'stats.units': 'Units',
  'stats.unitsHolding': 'Units holding it',
  'stats.revoked': 'Ever revoked',
  'stats.stage': 'Stage',
  'stats.predicate': 'Predicate',
  'stats.instansi': 'Government body',
  'stats.instansiKind': 'Kind of body',
  'stats.year': 'Programme year',
  'stats.byStage': 'Units by stage',
  'stats.byStageIntro':
    'The latest stage each unit has reached, in the order of the Zona Integritas lifecycle.',
  'stats.byStageChart': 'Units by current stage',
  'stats.byPredicate': 'Units by predicate',
  'stats.byPredicateIntro':
    'Each unit counted once, by the highest predicate it holds now (WBBM over WBK); revoked predicates are not counted.',
  'stats.byPredicateChart': 'Units holding each predicate',
  'stats.byInstansi': 'Units by government body',
  'stats.byInstansiIntro':
    'Each body’s work units, how many are building ZI and how many hold a predicate. A body’s name opens the directory of its units.',
  'stats.byInstansiChart': 'Units building ZI and holding a predicate, by government body',
  'stats.byInstansiChartTop': 'The {count} government bodies with most units building ZI',
  'stats.byRegion': 'Units by region',
  'stats.byRegionIntro':
    'Units per province of the region they are in: their own Kemendagri region code, or else their government body’s; a province together with its regencies and cities.',
  'stats.byRegionChart': 'Units building ZI and holding a predicate, by region',
  'stats.byRegionChartTop': 'The {count} regions with most units building ZI',
  'stats.byYear': 'Units by programme year',
  'stats.byYearIntro':
    'How many units reached each stage in a programme year. The chart follows declaration, proposal and award; the table has every stage.',
  'stats.byYearChart': 'Declarations, proposals and predicates by programme year',
  'stats.downloadCsv': 'Download CSV',
  'stats.downloadCsvOf': 'Download CSV: {table}',

  'openData.title': 'Open data',
  'openData.description':
    'Download the whole Zona Integritas registry as CSV and JSON (CC BY 4.0), with a data dictionary, SHA-256 checksums and an Atom feed.',
  'openData.intro':
    'The whole registry as CSV and JSON files, free to reuse. The files are rebuilt whenever the data change; the version number and checksums make sure you use the very files that were published.',
  'openData.version': 'Data version',
  'openData.generatedAt': 'Generated on',
  'openData.license': 'Licence',
  'openData.feed': 'Change feed',
  'openData.files': 'Files',
  'openData.fileName': 'File',
  'openData.format': 'Format',
  'openData.size': 'Size',
  'openData.rows': 'Data rows',
  'openData.sha256': 'SHA-256',
  'openData.file.units': 'Work units and their latest stage',
  'openData.file.instansi': 'Government bodies',
  'openData.file.stageEvents': 'Each unit’s stage timeline',
  'openData.file.predicates': 'Every WBK and WBBM predicate ever awarded, revoked ones included',
  'openData.file.pacts': 'Integrity pacts',
  'openData.file.registry': 'The whole registry in one JSON file',
  'openData.licenseTitle': 'Licence and attribution',
  'openData.licenseBody': 'These data are published under the',
  'openData.licenseName': 'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
  'openData.licenseMay':
    'You may copy, share, adapt and use the data for any purpose, commercial ones included.',
  'openData.licenseMust':
    'Credit the source: the registry’s name, its address, the data version and the licence.',
  'openData.licenseChanges': 'If you filtered, combined or changed the data, say so.',
  'openData.attributionLabel': 'Example attribution',
  'openData.attributionText': 'Source: {site} ({url}), data version {version} of {date}, licence {license}.',
  'openData.checksumTitle': 'Checking a file is intact',
  'openData.checksumBody': 'Every file has a SHA-256 checksum, listed in the table above and in the file',
  'openData.checksumLinux': 'Linux',
  'openData.checksumMac': 'macOS',
  'openData.checksumWindows': 'Windows (PowerShell): compare the result with the table above',
  'openData.checksumBrowserNote':
    'CSV files downloaded in a browser are named with their version (e.g. zona-integritas-units-v12.csv). Check them with “sha256sum file-name” and compare with the table, or download with curl as above so the names match SHA256SUMS.',
  'openData.feedTitle': 'Change feed (Atom)',
  'openData.feedBody':
    'Declarations, predicates awarded and revoked, and new integrity pacts appear in the Atom feed. Add this address to a feed reader to follow the changes.',
  'openData.dictionaryTitle': 'Data dictionary',
  'openData.dictionaryIntro':
    'The columns of each CSV file, their type and meaning, as the data manifest states them.',
  'openData.column': 'Column',
  'openData.type': 'Type',
  'openData.columnDescription': 'Description',
  'openData.columnsOf': 'Columns of {dataset}',
  'openData.apiTitle': 'Need filtered data?',
  'openData.apiBody':
    'The public GraphQL API answers specific questions, e.g. one unit or one government body, without downloading everything.',
  'openData.apiLink': 'Read the API guide',

  'api.title': 'Public GraphQL API',
  'api.description':
    'How to fetch Zona Integritas registry data from the public GraphQL API: curl, JavaScript and Python examples, paging, usage limits.',
  'api.intro':
    'Everything this site shows can be fetched from the same GraphQL API: free, without sign-up, read-only, and callable from other sites (CORS open).',
  'api.endpointTitle': 'Endpoint',
  'api.endpointBody':
    'Send GraphQL queries to this address with POST (a JSON body with query and variables) or with GET (query and variables as URL parameters). GET answers can be cached.',
  'api.endpointLabel': 'Address',
  'api.bulkBody':
    'Need the whole registry at once? The open data files are faster and cost nothing from your API budget.',
  'api.bulkLink': 'Download the open data',
  'api.examplesTitle': 'Ready-to-use examples',
  'api.languageLegend': 'Show the examples in',
  'api.example.post': 'POST: units by stage',
  'api.example.postIntro': 'The most common way: send the query in a JSON body.',
  'api.example.get': 'GET with variables: checking a pact code',
  'api.example.getIntro':
    'The query and its variables go in URL parameters. The answer is null when no pact has that code.',
  'api.example.paging': 'Fetching every unit, page by page',
  'api.example.pagingIntro':
    'Lists use cursors: ask for at most 100 units per page (first), then send pageInfo.endCursor as after until hasNextPage is false. The curl example uses jq.',
  'api.limitsTitle': 'Usage limits',
  'api.limitCost':
    'A query costs about the number of objects it may return: a paged list such as units counts its page size (first or last; {defaultPage} by default, at most {maxPage}), a plain list such as pacts {listCost}, and each object 1. Lists inside lists multiply.',
  'api.limitQuery':
    'One query may cost at most {maxCost} points, nest at most {maxDepth} levels deep, and use at most {maxAliases} aliases.',
  'api.limitBudget':
    'Each IP address has a budget of {budget} points that refills at {refill} points per second. A typical query costs a few dozen points, so the budget covers thousands of requests.',
  'api.limitCache':
    'Answers may be cached for {seconds} seconds (Cache-Control). The same query sent with GET can be answered from a cache; automatic persisted queries are supported too.',
  'api.headersTitle': 'Headers that tell you',
  'api.header.cost': 'The cost of this query, in points.',
  'api.header.limit': 'The size of your budget.',
  'api.header.remaining': 'The budget left after this query.',
  'api.header.reset': 'Seconds until the budget is full again.',
  'api.header.retryAfter': 'Only when the budget ran out: seconds until this query can run.',
  'api.header.extensions': 'The same numbers in the JSON answer: cost, limit, budget left and refill rate.',
  'api.errorsTitle': 'Error codes and how to fix them',
  'api.errorCode': 'Code',
  'api.errorStatus': 'HTTP status',
  'api.errorMeaning': 'Meaning',
  'api.errorFix': 'What to do',
  'api.error.tooComplex': 'The query is over the cost, depth or alias limit. The message gives the numbers.',
  'api.error.tooComplexFix':
    'Ask for smaller pages (first), fewer nested lists, or split it into several queries.',
  'api.error.rateLimited': 'Your IP address has used up its budget for now.',
  'api.error.rateLimitedFix':
    'Wait the seconds given in the Retry-After header, then retry. Keep answers you already have; for all the data, download the open data files.',
  'api.error.badInput': 'An argument is not valid; extensions.field names which one.',
  'api.error.badInputFix': 'Correct that argument as the message says, e.g. first between 1 and 100.',
  'api.explorerTitle': 'Try it',
  'api.explorerBody':
    'The GraphiQL below runs queries against the same API. Press Ctrl+Space for field suggestions; the schema documentation is in the side panel.',

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
  'login.waitMinutes': '{minutes} minutes',
  'login.waitOneMinute': '1 minute',
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
  'question.zeroScoreHint':
    'The denominator is 0, but it counts the unit’s own work: nothing was achieved, so the score is 0.',
  'question.notApplicableHint':
    'Nothing to measure (the denominator is 0), so this question is left out of its sub-area’s mean.',

  'common.cancel': 'Cancel',
  'dialog.close': 'Close',

  'adminNav.label': 'Portal menu',
  'adminNav.units': 'Work units',
  'adminNav.queue': 'Evaluation queue',

  'start.title': 'Your unit’s {year} worksheet has not started',
  'start.intro':
    'Start this year’s evaluation worksheet to fill in the self-assessment: an answer, a note and evidence for each question, saved automatically.',
  'start.button': 'Start the {year} LKE',
  'start.starting': 'Starting…',

  'deadlines.formTitle': 'LKE deadlines {year}',
  'deadlines.formIntro':
    'When units finish filling and the TPI finishes evaluating in your instansi (the day itself included). Afterwards the layer locks, unless it is reopened for one worksheet.',
  'deadlines.fillUntil': 'Filling by units until',
  'deadlines.reviewUntil': 'Evaluation by the TPI until',
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
    'This layer’s deadline has passed. It reopens for this worksheet only, until the chosen day; the reason is recorded.',
  'deadlines.reopenUntil': 'Open until',
  'deadlines.reason': 'Reason (required, recorded)',
  'deadlines.reasonRequired': 'Write the reason.',
  'deadlines.untilPast': 'Choose today or a later day.',
  'deadlines.reopenedUntil': 'Reopened until {date}: {reason}',

  'secondReview.title': 'Second review by the team lead',
  'secondReview.intro':
    'When required, an evaluation the TPI evaluator approves is not finished yet: the team lead (ketua tim) of the unit’s evaluators, or the Inspektorat, reviews it and confirms it or sends it back to the TPI with a reason. Only once confirmed does the step “Evaluated by the TPI” appear on the unit’s public page. Whoever approved cannot confirm their own approval.',
  'secondReview.scope':
    'Applies to every unit of your instansi from the next approval on; worksheets already waiting for the team lead keep waiting for their decision.',
  'secondReview.required': 'The TPI’s evaluations need the team lead’s confirmation',
  'secondReview.saving': 'Saving…',
  'secondReview.savedOn': 'Saved: TPI approvals now wait for the team lead’s confirmation.',
  'secondReview.savedOff': 'Saved: a TPI approval now finishes the evaluation.',

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

  'answerHistory.open': 'History',
  'answerHistory.title': 'History of {code}',
  'answerHistory.intro': 'Every change to this question’s answers, notes and evidence, newest first.',
  'answerHistory.empty': 'No changes to this question yet.',
  'answerHistory.answer': 'Answer',
  'answerHistory.note': 'Note',
  'answerHistory.change': '{before} → {after}',
  'answerHistory.blank': '(empty)',

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

  'documents.xlsx': 'Download the LKE (.xlsx, official layout)',
  'documents.lhe': 'Download the evaluation report (LHE, PDF)',
  'documents.import': 'Import the unit’s answers from .xlsx',
  'documents.importing': 'Importing…',
  'documents.importHint':
    'Fill in the “Jawaban unit” column and its notes in the LKE file downloaded above. If any row is wrong, nothing is saved.',
  'documents.imported': 'The unit’s answers were imported.',
  'documents.importFailed': 'The file was not imported; no answer changed',

  'edit.liveTotal': 'Score so far',
  'edit.clearAnswer': 'Clear the answer',
  'edit.numberLabel': 'Value ({min}–{max})',
  'edit.numberRange': 'Enter a number from {min} to {max}, e.g. 3.6.',
  'edit.wholeNumber': 'Enter a whole number from {min} to {max}.',

  'save.idle': 'Every change saves automatically.',
  'save.saving': 'Saving…',
  'save.saved': 'All changes saved (at {time}).',
  'save.retrying': 'Saving failed; retrying automatically. Your changes are safe on this device.',
  'save.retryNow': 'Try now',
  'save.conflict': '{count} answers were also changed by someone else: choose which version to keep.',
  'save.invalid': '{count} values were refused ({codes}): correct them.',
  'save.blocked': 'Saving stopped: {message} Your changes are safe on this device.',
  'save.sessionEnded':
    'Your session ended. Your changes are not saved on the server yet, but they are safe on this device; sign in again to save them.',
  'save.signIn': 'Sign in again',
  'save.reload': 'Reload',
  'save.restored': '{count} unsaved changes from an earlier visit were restored and are being saved.',
  'save.discardRestored': 'Discard those changes',

  'conflict.title': 'Someone else saved this answer while you were changing it.',
  'conflict.mine': 'Your version (not saved)',
  'conflict.theirs': 'Saved version',
  'conflict.theirsAt': 'Saved version ({time})',
  'conflict.theirsBy': 'Version saved by {name}',
  'conflict.theirsByAt': 'Version saved by {name} ({time})',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': 'Take the saved version',

  'reference.title': 'The unit’s answer',
  'reference.accept': 'Accept the unit’s answer',
  'reference.agrees': 'Same as the unit’s answer',
  'acceptUnit.button': 'Accept the unit’s answers for the questions not yet evaluated',
  'acceptUnit.title': 'Accept the unit’s answers',
  'acceptUnit.confirm':
    'The unit’s answer will fill {count} questions the TPI has not evaluated yet. The TPI’s answers and notes stay as they are.',
  'acceptUnit.none': 'The TPI has evaluated every question the unit answered.',
  'acceptUnit.submit': 'Accept the unit’s answers',
  'acceptUnit.done': '{count} of the unit’s answers accepted into the TPI evaluation.',

  'evidence.title': 'Evidence',
  'evidence.file': 'File',
  'evidence.link': 'Link',
  'evidence.add': 'Add evidence',
  'evidence.pick': 'Choose files',
  'evidence.dropHint': 'or drop them here (PDF, images, Office/ODF, MP4; several at once).',
  'evidence.uploading': 'Uploading {name}',
  'evidence.networkFailed': 'The connection failed.',
  'evidence.dismiss': 'Close',
  'evidence.replace': 'Replace the file',
  'evidence.remove': 'Remove',
  'evidence.confirmRemove': 'Yes, remove {name}',
  'evidence.addLink': 'Add a link to a document',
  'evidence.url': 'Document address',
  'evidence.linkName': 'Document name',
  'evidence.saveLink': 'Save the link',
  'evidence.preview': 'Preview',
  'evidence.previewOf': 'Preview of {name}',
  'evidence.download': 'Download the file',

  'tree.withEvidence': 'evidence {count}/{questions}',

  'compare.link': 'Compare the unit and the TPI',
  'compare.title': 'The unit’s and the TPI’s answers compared',
  'compare.documentTitle': 'LKE {year} compared · {unit}',
  'compare.intro': 'The unit’s and the TPI’s scores per area and per question; differences first.',
  'compare.back': 'Back to the worksheet',
  'compare.areas': 'Per area',
  'compare.areasCaption': 'The unit’s and the TPI’s scores per area',
  'compare.area': 'Area',
  'compare.unit': 'Unit',
  'compare.tpi': 'TPI',
  'compare.difference': 'Difference (TPI − unit)',
  'compare.questions': 'Per question',
  'compare.differs': '{count} questions differ',
  'compare.same': '{count} questions agree',
  'compare.answer': '{answer} (ratio {score})',
  'compare.allSame': 'Every question of this area is scored the same.',
  'compare.noTpi': 'The TPI has not scored this worksheet yet.',

  'queue.title': 'Evaluation queue',
  'queue.intro': 'The worksheets of the units in your scope: status, deadline and progress.',
  'queue.caption': 'Worksheets to evaluate',
  'queue.status': 'Status',
  'queue.unitProgress': 'Answered by the unit',
  'queue.tpiProgress': 'Answered by the TPI',
  'queue.unitScore': 'Unit score',
  'queue.tpiScore': 'TPI score',
  'queue.activity': 'Last activity',
  'queue.deadline': 'Deadline',
  'queue.deadlineLayer.UNIT': 'unit filling',
  'queue.deadlineLayer.TPI': 'TPI evaluation',
  'queue.dueToday': 'today',
  'queue.dueTomorrow': 'tomorrow',
  'queue.daysLeft': '{count} days left',
  'queue.overdue': '{count} days overdue',
  'queue.overdueOne': '1 day overdue',
  'queue.reopened': 'reopened',
  'queue.sort': 'Sort by',
  'queue.sortActivity': 'Latest activity',
  'queue.sortDeadline': 'Soonest deadline',
  'queue.progress': '{answered}/{questions}',
  'queue.empty': 'No worksheets for this year yet.',
  'queue.count': 'Worksheets: {count}',

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
  ...labelsOf('workflowAction', workflowAction),
  ...labelsOf('actionHelp', actionHelp),
  ...labelsOf('statusHelp', statusHelp),
  ...labelsOf('answerChangeKind', answerChangeKind),
  ...labelsOf('refusal', refusal),
  ...labelsOf('archiveLimit', archiveLimit),
  ...labelsOf('refusal', validationRefusalEn),
  ...labelsOf('refusal', authRefusalEn),
  ...labelsOf('refusal', rulesRefusalEn),
  ...areasEn,
  ...registryEn,
  ...monitoringEn,
  ...dashboardEn,
  ...followUpFilesEn,
};
