import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** What an issued report says of itself (its PDF apart). */
export interface IssuedReportRow {
  number: string;
  issued_on: string;
  verification_code: string;
  sha256: string;
  revision: number;
  revision_reason: string | null;
}

const ISSUED_COLUMNS = {
  number: 'text',
  issued_on: 'date',
  verification_code: 'text',
  sha256: 'text',
  revision: 'integer',
  revision_reason: 'text',
} as const;

/** An assessment's current report: the one no revision supersedes. */
export const issuedReport = defineQuery<{ assessmentId: string }, IssuedReportRow>({
  sql: `SELECT number, issued_on, verification_code, sha256, revision, revision_reason FROM lhe_report
        WHERE assessment_id = :assessmentId AND superseded_by IS NULL`,
  columns: ISSUED_COLUMNS,
});

export const issuedReportPdf = defineQuery<{ assessmentId: string }, { pdf: Buffer }>({
  sql: 'SELECT pdf FROM lhe_report WHERE assessment_id = :assessmentId AND superseded_by IS NULL',
  columns: { pdf: 'bytea' },
});

/**
 * A report by the code its QR carries, with the unit and instansi it is about, and the revision
 * that replaced it if one did: what the public may read.
 */
export const reportByCode = defineQuery<
  { code: string },
  IssuedReportRow & {
    year: number;
    unit_name: string;
    instansi_name: string;
    superseded_by_number: string | null;
    superseded_on: string | null;
  }
>({
  sql: `SELECT r.number, r.issued_on, r.verification_code, r.sha256, r.revision, r.revision_reason, r.year,
               u.name AS unit_name, i.name AS instansi_name, s.number AS superseded_by_number, s.issued_on AS superseded_on
        FROM lhe_report r JOIN assessment a ON a.id = r.assessment_id JOIN unit u ON u.id = a.unit_id
        JOIN instansi i ON i.id = r.instansi_id LEFT JOIN lhe_report s ON s.verification_code = r.superseded_by
        WHERE r.verification_code = :code`,
  columns: {
    ...ISSUED_COLUMNS,
    year: 'integer',
    unit_name: 'text',
    instansi_name: 'text',
    superseded_by_number: 'text',
    superseded_on: 'date',
  },
});

/** Marks an assessment's current report as replaced by the revision with `code` (inserted next, same transaction). */
export const supersedeReport = defineCommand<{ assessmentId: string; code: string }>(
  `UPDATE lhe_report SET superseded_by = :code WHERE assessment_id = :assessmentId AND superseded_by IS NULL`,
);

/** The next number of an instansi's reports in a year (call under the instansi's report lock). */
export const nextReportSequence = defineQuery<{ instansiId: string; year: number }, { next: number }>({
  sql: `SELECT coalesce(max(sequence), 0) + 1 AS next FROM lhe_report
        WHERE instansi_id = :instansiId AND year = :year`,
  columns: { next: 'integer' },
});

export const insertReport = defineCommand<{
  assessmentId: string;
  instansiId: string;
  year: number;
  sequence: number;
  number: string;
  issuedOn: string;
  code: string;
  sha256: string;
  pdf: Buffer;
  issuedBy: string;
  revision: number;
  revisionReason: string | null;
}>(
  `INSERT INTO lhe_report (assessment_id, instansi_id, year, sequence, number, issued_on, verification_code, sha256, pdf, issued_by, revision, revision_reason)
   VALUES (:assessmentId, :instansiId, :year, :sequence, :number, :issuedOn, :code, :sha256, :pdf, :issuedBy, :revision, :revisionReason)`,
);
