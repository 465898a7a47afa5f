import type { InstansiKind } from '@zi/schema/public';
import { labelsOf } from '@zi/ui';
import type { siteId } from './site.id';

const instansiKind: Record<InstansiKind, string> = {
  PROVINCE: 'Province',
  REGENCY: 'Regency',
  CITY: 'City',
  MINISTRY: 'Ministry or agency',
};

export const siteEn: Record<keyof typeof siteId, string> = {
  'site.name': 'Zona Integritas Registry',
  'site.tagline': 'Government work units building an integrity zone towards WBK and WBBM',
  'site.footer':
    'Zona Integritas data are recorded by the Inspectorate of each government body under PermenPANRB 90/2021. Predicates are awarded by KemenPANRB.',
  'site.adminLink': 'Inspectorate portal',
  'site.license': 'The registry data are free to reuse under the CC BY 4.0 licence.',
  'site.feed': 'Change feed (Atom)',
  'unit.instansi': 'Government body',

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

  'verify.title': 'Verify an integrity pact or an LHE',
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
  'verifyLhe.issued': 'Issued',
  'verifyLhe.foundTitle': 'This evaluation report was issued by the Inspectorate',
  'verifyLhe.number': 'Number',
  'verifyLhe.issuedOn': 'Issued on',
  'verifyLhe.year': 'Evaluation year',
  'verifyLhe.sha256': 'File fingerprint (SHA-256)',
  'verifyLhe.sha256Hint': 'The genuine PDF file gives exactly this fingerprint.',
  'verifyLhe.notIssued': 'Not found',
  'verifyLhe.superseded': 'Replaced',
  'verifyLhe.supersededTitle':
    'This evaluation report has been replaced by its revision and no longer stands',
  'verifyLhe.supersededBy': 'Replaced by',
  'verifyLhe.supersededByValue': 'Number {number}, dated {date}',
  'verifyLhe.revision': 'Revision',
  'verifyLhe.revisionValue': 'Revision {revision}: {reason}',
  'verifyLhe.notFoundTitle': 'No evaluation report has the code {code}',
  'verifyLhe.notFoundBody':
    'Check the code under the report’s QR code, letter by letter. If it is right and the report is still not found, it was not issued on this platform: ask the Inspectorate named in the report’s letterhead.',
  'notFound.unitTitle': 'Unit not found',
  'notFound.unitBody': 'No work unit has this address. Check the link, or look the unit up in the directory.',
  'notFound.toDirectory': 'Open the unit directory',

  ...labelsOf('instansiKind', instansiKind),
};
