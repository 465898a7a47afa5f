import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type IssuedDocuments, issuedDocumentsOf } from './issued-documents.js';
import { issuedDocuments } from './proposal-package.queries.js';

/**
 * Each assessment's issued documents: one statement for `lheReport`, `proposalPackage` and the
 * viewer's `may` of both on a page.
 */
export const createIssuedDocumentsLoader = (dataSource: DataSource) =>
  new DataLoader<string, IssuedDocuments>(async (assessmentIds) => {
    const rows = await issuedDocuments(dataSource.manager, { assessmentIds: [...assessmentIds] });
    const byAssessment = new Map(rows.map((row) => [row.assessment_id, row]));
    return assessmentIds.map((id) => issuedDocumentsOf(byAssessment.get(id)));
  });
