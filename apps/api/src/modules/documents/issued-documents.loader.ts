import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type IssuedReport, issuedOf } from './lhe-report.service.js';
import { issuedDocuments } from './proposal-package.queries.js';
import type { AssembledPackage } from './proposal-package.service.js';

/** What has been issued of an assessment: its LHE and its proposal package, each null until it is. */
export interface IssuedDocuments {
  lhe: IssuedReport | null;
  proposalPackage: AssembledPackage | null;
}

/**
 * Each assessment's issued documents: one statement for `lheReport`, `proposalPackage` and the
 * viewer's `may` of both on a page.
 */
export const createIssuedDocumentsLoader = (dataSource: DataSource) =>
  new DataLoader<string, IssuedDocuments>(async (assessmentIds) => {
    const rows = await issuedDocuments(dataSource.manager, { assessmentIds: [...assessmentIds] });
    const byAssessment = new Map(
      rows.map((row): [string, IssuedDocuments] => [
        row.assessment_id,
        {
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
        },
      ]),
    );
    return assessmentIds.map((id) => byAssessment.get(id) ?? { lhe: null, proposalPackage: null });
  });
