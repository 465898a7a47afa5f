import type { IssuedReportRow } from './lhe-report.queries.js';
import type { IssuedDocumentsRow } from './proposal-package.queries.js';
import type { AssembledPackage } from './proposal-package.service.js';

/** An issued report as the portal and the public verification page show it. */
export interface IssuedReport {
  number: string;
  issuedOn: string;
  verificationCode: string;
  sha256: string;
  /** 0 for the first report of an assessment, then 1, 2, … for each revision. */
  revision: number;
  revisionReason: string | null;
}

export const issuedOf = (row: IssuedReportRow): IssuedReport => ({
  number: row.number,
  issuedOn: row.issued_on,
  verificationCode: row.verification_code,
  sha256: row.sha256,
  revision: row.revision,
  revisionReason: row.revision_reason,
});

/** What has been issued of an assessment: its LHE and its proposal package, each null until it is. */
export interface IssuedDocuments {
  lhe: IssuedReport | null;
  proposalPackage: AssembledPackage | null;
}

/** An assessment's issued documents from its `issuedDocuments` row: one reading for the loader and the services. */
export function issuedDocumentsOf(row: IssuedDocumentsRow | undefined): IssuedDocuments {
  if (!row) return { lhe: null, proposalPackage: null };
  return {
    lhe:
      row.number && row.issued_on && row.verification_code && row.sha256 && row.revision !== null
        ? issuedOf({
            number: row.number,
            issued_on: row.issued_on,
            verification_code: row.verification_code,
            sha256: row.sha256,
            revision: row.revision,
            revision_reason: row.revision_reason,
          })
        : null,
    proposalPackage:
      row.package_sha256 && row.manifest && row.assembled_at
        ? { sha256: row.package_sha256, files: row.manifest, assembledAt: row.assembled_at }
        : null,
  };
}
