import { createHash, randomInt } from 'node:crypto';
import { requireFramework } from '@zi/lke';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { badInput, notFound } from '../../common/errors.js';
import { lockTransaction } from '../../common/locks.queries.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer, type Assessment, type AssessmentStatus } from '../assessments/assessment.entity.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { TPI_APPROVED_STATUSES } from '../assessments/layer-rules.js';
import { storedReport, targetOf } from '../assessments/layer-score.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { letterheadLogo, letterheadOf } from '../instansi/instansi-letterhead.queries.js';
import { todayOfInstansi } from '../instansi/instansi-today.js';
import { answerDifferences } from './answer-differences.js';
import {
  evaluationPeriod,
  heldPredicates,
  type LayerData,
  questionReturns,
  tpiTeam,
  unitHeading,
} from './documents.queries.js';
import type { DocumentsService } from './documents.service.js';
import { type IssuedReport, issuedDocumentsOf, issuedOf } from './issued-documents.js';
import { type LheIssue, lhePdf } from './lhe.pdf.js';
import {
  insertReport,
  issuedReport,
  issuedReportPdf,
  nextReportSequence,
  reportByCode,
  supersedeReport,
} from './lhe-report.queries.js';
import { issuedDocuments, lockPackage } from './proposal-package.queries.js';

/** Letters and digits a verification code is made of: no 0/O or 1/I to misread. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;

/** What the public may read of a report by its code, and what replaced it if a revision did. */
export interface VerifiedReport extends IssuedReport {
  year: number;
  unitName: string;
  instansiName: string;
  supersededBy: { number: string; issuedOn: string } | null;
}

/** The shortest and longest reason a revision gives (the table's check says the same). */
export const REVISION_REASON_LENGTH = { min: 10, max: 1000 } as const;

/**
 * Why an assessment's LHE may not be issued now, or null when it may: once the TPI has approved
 * its evaluation, once. One home for the rule, read by `issue` and by the viewer's `may`.
 */
export function lheIssueRefusal(status: AssessmentStatus, issued: boolean): RefusalReason | null {
  if (issued) return RefusalReason.LHE_ALREADY_ISSUED;
  if (!TPI_APPROVED_STATUSES.includes(status)) return RefusalReason.LHE_NOT_EVALUATED;
  return null;
}

/**
 * Why an assessment's issued LHE may not be revised now, or null when it may: a report must have
 * been issued, the evaluation it reports must stand approved (not reopened), and the report must
 * not yet have gone out in the proposal package. Read by `revise` and the viewer's `may`.
 */
export function lheRevisionRefusal(
  status: AssessmentStatus,
  issued: boolean,
  packaged: boolean,
): RefusalReason | null {
  if (!issued) return RefusalReason.LHE_NOT_ISSUED;
  if (!TPI_APPROVED_STATUSES.includes(status)) return RefusalReason.LHE_NOT_EVALUATED;
  if (packaged) return RefusalReason.LHE_IN_PACKAGE;
  return null;
}

/** `{nomor}/LHE-ZI/{tahun}` with the sequence and year filled in. */
const reportNumber = (format: string, sequence: number, year: number) =>
  format.replaceAll('{nomor}', String(sequence).padStart(3, '0')).replaceAll('{tahun}', String(year));

/** The report a revision replaces, and why. */
interface Revising {
  current: IssuedReport;
  reason: string;
}

const refused = (field: string, done: string, reason: RefusalReason) =>
  badInput(field, `${field}: the LHE cannot be ${done} now (${reason})`, { reason });

const newCode = () =>
  `LHE-${Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;

/**
 * The evaluation report (LHE): drafted from the assessment while it is not issued; issued once the
 * TPI has approved, with a number in the instansi's yearly sequence, its day, a verification code
 * and QR, and kept as issued, so every later download is the same file with the same SHA-256.
 */
export class LheReportService {
  constructor(
    private readonly db: Db,
    private readonly assessments: AssessmentService,
    private readonly documents: DocumentsService,
    /** The address the public site is served at: the QR leads to its verification page. */
    private readonly publicUrl: string,
  ) {}

  /** The PDF: as issued, else a draft of today's state; null when the viewer may not read the assessment. */
  async pdf(viewer: Viewer, assessmentGlobalId: string): Promise<{ file: Buffer; name: string } | null> {
    const assessment = await this.assessments.readableBy(viewer, assessmentGlobalId);
    if (!assessment) return null;
    const [issued] = await issuedReportPdf(this.db.manager, { assessmentId: assessment.id });
    const file = issued?.pdf ?? (await this.render(assessment, null));
    return { file, name: `lhe-${assessment.year}-${assessment.id.slice(0, 8)}.pdf` };
  }

  /** Issues the report: numbers it, renders it with its code and QR, keeps it, audits it. */
  issue(viewer: Viewer, assessmentGlobalId: string, request: RequestInfo): Promise<IssuedReport> {
    return this.publish(viewer, assessmentGlobalId, request, async (manager, assessment) => {
      const refusal = lheIssueRefusal(
        assessment.status,
        (await issuedReport(manager, { assessmentId: assessment.id })).length > 0,
      );
      if (refusal) throw refused('assessmentId', 'issued', refusal);
      return null;
    });
  }

  /**
   * Issues a revision of the current report (LHE revisi): a new report with the next number in
   * the sequence, saying which report it replaces and why; the replaced one stays as issued and
   * its code tells who checks it what replaced it.
   */
  revise(
    viewer: Viewer,
    assessmentGlobalId: string,
    { replaces, reason }: { replaces: string; reason: string },
    request: RequestInfo,
  ): Promise<IssuedReport> {
    const why = reason.trim();
    // Characters as PostgreSQL's length() counts them (code points), so the table's check agrees.
    const length = [...why].length;
    if (length < REVISION_REASON_LENGTH.min || length > REVISION_REASON_LENGTH.max) {
      const tooShort = length < REVISION_REASON_LENGTH.min;
      throw badInput(
        'reason',
        `reason: say in ${REVISION_REASON_LENGTH.min} to ${REVISION_REASON_LENGTH.max} characters why the LHE is revised`,
        { reason: tooShort ? RefusalReason.TOO_SHORT : RefusalReason.TOO_LONG, ...REVISION_REASON_LENGTH },
      );
    }
    return this.publish(viewer, assessmentGlobalId, request, async (manager, assessment) => {
      // Assembling the package waits on this lock too: a revision never races the package.
      await lockPackage(manager, assessment.id);
      const [row] = await issuedDocuments(manager, { assessmentIds: [assessment.id] });
      const { lhe: current, proposalPackage } = issuedDocumentsOf(row);
      const refusal = lheRevisionRefusal(assessment.status, current !== null, proposalPackage !== null);
      if (refusal || !current)
        throw refused('assessmentId', 'revised', refusal ?? RefusalReason.LHE_NOT_ISSUED);
      // The reason was written about the report the reviser saw; another revision since makes it stale.
      if (current.verificationCode !== replaces.trim().toUpperCase())
        throw refused('replaces', 'revised', RefusalReason.LHE_REVISED_MEANWHILE);
      return { current, reason: why };
    });
  }

  /**
   * Numbers, renders, keeps and audits a report under the instansi's lock, after `check` (run
   * under the lock) has refused or said which report this one revises.
   */
  private async publish(
    viewer: Viewer,
    assessmentGlobalId: string,
    request: RequestInfo,
    check: (manager: EntityManager, assessment: Assessment) => Promise<Revising | null>,
  ): Promise<IssuedReport> {
    const assessment = await this.assessments.readableBy(viewer, assessmentGlobalId, 'assessmentId');
    if (!assessment) throw notFound('assessmentId', 'assessment');
    const { id } = assessment;
    return this.db.transaction(async (manager) => {
      const [unit] = await unitHeading(manager, { unitId: assessment.unitId });
      const instansiId = unit?.instansi_id ?? '';
      // One issuer at a time per instansi: numbers follow each other without a gap or a twin.
      await lockTransaction(manager, { key: `lhe_report:${instansiId}` });
      const revising = await check(manager, assessment);
      const [letterhead] = await letterheadOf(manager, { instansiId });
      const [{ next } = { next: 1 }] = await nextReportSequence(manager, {
        instansiId,
        year: assessment.year,
      });
      const issue: LheIssue = {
        number: reportNumber(
          letterhead?.lhe_number_format ?? '{nomor}/LHE-ZI/{tahun}',
          next,
          assessment.year,
        ),
        issuedOn: await todayOfInstansi(manager, instansiId),
        verificationCode: newCode(),
        verifyUrl: '',
        ...(revising && {
          revises: {
            number: revising.current.number,
            issuedOn: revising.current.issuedOn,
            reason: revising.reason,
          },
        }),
      };
      issue.verifyUrl = `${this.publicUrl}/verifikasi?kode=${issue.verificationCode}`;
      const pdf = await this.render(assessment, issue);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const revision = revising ? revising.current.revision + 1 : 0;
      if (revising) await supersedeReport(manager, { assessmentId: id, code: issue.verificationCode });
      await insertReport(manager, {
        assessmentId: id,
        instansiId,
        year: assessment.year,
        sequence: next,
        number: issue.number,
        issuedOn: issue.issuedOn,
        code: issue.verificationCode,
        sha256,
        pdf,
        issuedBy: viewer.id,
        revision,
        revisionReason: revising?.reason ?? null,
      });
      const report: IssuedReport = {
        number: issue.number,
        issuedOn: issue.issuedOn,
        verificationCode: issue.verificationCode,
        sha256,
        revision,
        revisionReason: revising?.reason ?? null,
      };
      const before = revising?.current ?? null;
      await recordChange(
        manager,
        viewer,
        request,
        revising ? 'lhe.revise' : 'lhe.issue',
        'lhe_report',
        id,
        before,
        report,
      );
      return report;
    });
  }

  /** A report by the code on its page, with what it is about; null when no report has this code. */
  async verify(code: string): Promise<VerifiedReport | null> {
    const [row] = await reportByCode(this.db.manager, { code: code.trim().toUpperCase() });
    if (!row) return null;
    const supersededBy =
      row.superseded_by_number && row.superseded_on
        ? { number: row.superseded_by_number, issuedOn: row.superseded_on }
        : null;
    return {
      ...issuedOf(row),
      year: row.year,
      unitName: row.unit_name,
      instansiName: row.instansi_name,
      supersededBy,
    };
  }

  private async render(assessment: Assessment, issue: LheIssue | null): Promise<Buffer> {
    const framework = requireFramework(assessment.frameworkCode);
    const [[unit], unitLayer, tpiLayer, predicates, returns, team, [period]] = await Promise.all([
      unitHeading(this.db.manager, { unitId: assessment.unitId }),
      this.documents.layer(assessment.id, AnswerLayer.UNIT),
      this.documents.layer(assessment.id, AnswerLayer.TPI),
      heldPredicates(this.db.manager, { unitId: assessment.unitId }),
      questionReturns(this.db.manager, { assessmentId: assessment.id }),
      tpiTeam(this.db.manager, { unitId: assessment.unitId }),
      evaluationPeriod(this.db.manager, { assessmentId: assessment.id }),
    ]);
    const instansiId = unit?.instansi_id ?? '';
    const [[letterhead], [logo]] = await Promise.all([
      letterheadOf(this.db.manager, { instansiId }),
      letterheadLogo(this.db.manager, { instansiId }),
    ]);
    const reportOf = (layer: LayerData) =>
      layer.groups && layer.questions
        ? storedReport(
            framework.code,
            layer.groups[framework.tree.code]?.score ?? 0,
            layer.groups,
            layer.questions,
          )
        : null;
    return lhePdf({
      unitName: unit?.name ?? '',
      instansiName: unit?.instansi ?? '',
      letterhead: {
        address: letterhead?.inspectorate_address ?? null,
        logo: logo?.logo ?? null,
        inspekturName: letterhead?.inspektur_name ?? null,
        inspekturNip: letterhead?.inspektur_nip ?? null,
      },
      issue,
      year: assessment.year,
      framework,
      unit: reportOf(unitLayer),
      tpi: reportOf(tpiLayer),
      context: { heldPredicates: predicates.map((row) => targetOf(row.kind)) },
      team,
      period: { submittedOn: period?.submitted_on ?? null, evaluatedOn: period?.evaluated_on ?? null },
      notes: [...tpiLayer.answers]
        .filter(([, answer]) => answer.note)
        .map(([code, answer]) => ({ code, note: answer.note ?? '' })),
      returns,
      differences: answerDifferences(framework, unitLayer, tpiLayer),
    });
  }
}
