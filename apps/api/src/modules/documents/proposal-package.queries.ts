import type { EntityManager } from 'typeorm';
import { lockTransaction } from '../../common/locks.queries.js';
import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** One file of a package as its manifest lists it. */
export interface ManifestEntry {
  file: string;
  sha256: string;
  bytes: number;
}

export const letterTemplates = defineQuery<{ instansiId: string }, { kind: string; body: string }>({
  sql: 'SELECT kind, body FROM letter_template WHERE instansi_id = :instansiId',
  columns: { kind: 'text', body: 'text' },
});

export const upsertLetterTemplate = defineCommand<{
  instansiId: string;
  kind: string;
  body: string;
  userId: string;
}>(
  `INSERT INTO letter_template (instansi_id, kind, body, updated_by) VALUES (:instansiId, :kind, :body, :userId)
   ON CONFLICT (instansi_id, kind) DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
);

export const assembledPackage = defineQuery<
  { assessmentId: string },
  { sha256: string; manifest: ManifestEntry[]; assembled_at: Date }
>({
  sql: 'SELECT sha256, manifest, assembled_at FROM proposal_package WHERE assessment_id = :assessmentId',
  columns: { sha256: 'text', manifest: 'jsonb', assembled_at: 'timestamp with time zone' },
});

export const assembledZip = defineQuery<{ assessmentId: string }, { zip: Buffer }>({
  sql: 'SELECT zip FROM proposal_package WHERE assessment_id = :assessmentId',
  columns: { zip: 'bytea' },
});

export const insertPackage = defineCommand<{
  assessmentId: string;
  zip: Buffer;
  sha256: string;
  manifest: string;
  userId: string;
}>(
  `INSERT INTO proposal_package (assessment_id, zip, sha256, manifest, assembled_by)
   VALUES (:assessmentId, :zip, :sha256, CAST(:manifest AS jsonb), :userId)`,
);

/**
 * What has been issued of many assessments at once (the loader's batch): the LHE, the package. A
 * column is null where there is none.
 */
/** Holds an assessment's package for this transaction: assembling it and revising its LHE wait on each other. */
export const lockPackage = (manager: EntityManager, assessmentId: string) =>
  lockTransaction(manager, { key: `proposal_package:${assessmentId}` });

/** What an assessment has issued: its current LHE and its package, each null where it has none. */
export interface IssuedDocumentsRow {
  assessment_id: string;
  number: string | null;
  issued_on: string | null;
  verification_code: string | null;
  sha256: string | null;
  revision: number | null;
  revision_reason: string | null;
  package_sha256: string | null;
  manifest: ManifestEntry[] | null;
  assembled_at: Date | null;
}

export const issuedDocuments = defineQuery<{ assessmentIds: string[] }, IssuedDocumentsRow>({
  sql: `SELECT a.id AS assessment_id, r.number, r.issued_on, r.verification_code, r.sha256, r.revision, r.revision_reason,
               p.sha256 AS package_sha256, p.manifest, p.assembled_at
        FROM unnest(CAST(:assessmentIds AS uuid[])) a(id)
        LEFT JOIN lhe_report r ON r.assessment_id = a.id AND r.superseded_by IS NULL
        LEFT JOIN proposal_package p ON p.assessment_id = a.id`,
  columns: {
    assessment_id: 'uuid',
    number: 'text',
    issued_on: 'date',
    verification_code: 'text',
    sha256: 'text',
    revision: 'integer',
    revision_reason: 'text',
    package_sha256: 'text',
    manifest: 'jsonb',
    assembled_at: 'timestamp with time zone',
  },
});
