import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { issuedReports } from './lhe-report.queries.js';
import { type IssuedReport, issuedOf } from './lhe-report.service.js';

/** Each assessment's issued LHE or null: one statement for `lheReport` and `viewerMay.issueLhe` of a page. */
export const createLheReportLoader = (dataSource: DataSource) =>
  new DataLoader<string, IssuedReport | null>(async (assessmentIds) => {
    const rows = await issuedReports(dataSource.manager, { assessmentIds: [...assessmentIds] });
    const byAssessment = new Map(rows.map((row) => [row.assessment_id, issuedOf(row)]));
    return assessmentIds.map((id) => byAssessment.get(id) ?? null);
  });
