import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** What an issued report says of itself (its PDF apart). */
export interface IssuedReportRow {
  number: string;
  issued_on: string;
  verification_code: string;
  sha256: string;
}

const ISSUED_COLUMNS = {
  number: 'text',
  issued_on: 'date',
  verification_code: 'text',
  sha256: 'text',
} as const;

export const issuedReport = defineQuery<{ assessmentId: string }, IssuedReportRow>({
  sql: 'SELECT number, issued_on, verification_code, sha256 FROM lhe_report WHERE assessment_id = :assessmentId',
  columns: ISSUED_COLUMNS,
});

export const issuedReportPdf = defineQuery<{ assessmentId: string }, { pdf: Buffer }>({
  sql: 'SELECT pdf FROM lhe_report WHERE assessment_id = :assessmentId',
  columns: { pdf: 'bytea' },
});

/** A report by the code its QR carries, with the unit and instansi it is about: what the public may read. */
export const reportByCode = defineQuery<
  { code: string },
  IssuedReportRow & { year: number; unit_name: string; instansi_name: string }
>({
  sql: `SELECT r.number, r.issued_on, r.verification_code, r.sha256, r.year, u.name AS unit_name, i.name AS instansi_name
        FROM lhe_report r JOIN assessment a ON a.id = r.assessment_id JOIN unit u ON u.id = a.unit_id
        JOIN instansi i ON i.id = r.instansi_id WHERE r.verification_code = :code`,
  columns: { ...ISSUED_COLUMNS, year: 'integer', unit_name: 'text', instansi_name: 'text' },
});

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
}>(
  `INSERT INTO lhe_report (assessment_id, instansi_id, year, sequence, number, issued_on, verification_code, sha256, pdf, issued_by)
   VALUES (:assessmentId, :instansiId, :year, :sequence, :number, :issuedOn, :code, :sha256, :pdf, :issuedBy)`,
);
