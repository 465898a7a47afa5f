import type { registryRefusalId } from './registry-refusals.id';

export const registryRefusalEn: Record<keyof typeof registryRefusalId, string> = {
  UNIT_NAME_TAKEN: 'Another unit of your instansi already has this name.',
  UNIT_CODE_TAKEN: 'Another unit of your instansi already has this code.',
  UNIT_NAME_AMBIGUOUS:
    'This name matches several units that differ only in letter case; give the unit its code.',
  UNIT_ARCHIVED: 'This unit is archived already.',
  REASON_REQUIRED: 'Say why.',
  SELF_CHANGE: 'You cannot change your own role or deactivate your own account.',
  EMAIL_TAKEN: 'Another account already uses this email.',
  NO_UNITS: 'No active unit of your instansi matches this selection.',
  SELECTION_REQUIRED: 'Choose units, a unit kind or a region code; an empty choice would take every unit.',
  INSTANSI_NAME_TAKEN: 'Another instansi already has this name.',
  LAYER_UNKNOWN: 'Unknown answer layer.',
  NOT_AN_EVALUATOR: 'Everyone chosen must be an active TPI evaluator of your instansi.',
  LINK_INVALID: 'This link is unknown, used or expired. Ask the Inspektorat for a new one.',
  UNREADABLE_FILE: 'This file is neither a readable CSV nor an XLSX workbook.',
  IMPORT_COLUMNS_MISSING:
    'The header row lacks some of the columns needed: kode, nama, jenis, kode_wilayah, alamat, kepala, layanan_publik.',
  IMPORT_TOO_LONG: 'This file is too long for one import; split it into several files.',
  INVALID_KIND: 'The kind must be one of: dinas, badan, rsud, puskesmas, sekolah, kecamatan, lainnya.',
  INVALID_YES_NO: 'Write ya or tidak.',
  INVALID_ALIASES: 'At most 10 acronyms, separated by commas, each at most 40 characters, without a | sign.',
  DUPLICATE_IN_FILE: 'This value is already in another row of this file.',
};
