import type { openDataId } from './open-data.id';

export const openDataEn: Record<keyof typeof openDataId, string> = {
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
};
