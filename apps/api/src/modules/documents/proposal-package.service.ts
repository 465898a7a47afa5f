import { createHash } from 'node:crypto';
import { requireFramework, targetSought } from '@zi/lke';
import JSZip from 'jszip';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { indonesianDate, indonesianScore } from '../../common/indonesian-format.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer, type Assessment, AssessmentStatus } from '../assessments/assessment.entity.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { targetOf } from '../assessments/layer-score.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { letterheadLogo, letterheadOf } from '../instansi/instansi-letterhead.queries.js';
import { todayOfInstansi } from '../instansi/instansi-today.js';
import { heldPredicates, unitHeading } from './documents.queries.js';
import type { DocumentsService } from './documents.service.js';
import { letterPdf } from './letter.pdf.js';
import {
  DEFAULT_LETTERS,
  fillLetter,
  LETTER_PLACEHOLDERS,
  LetterKind,
  type LetterValues,
} from './letter-templates.js';
import { type IssuedReportRow, issuedReport, issuedReportPdf } from './lhe-report.queries.js';
import { BLANK_NAME, BLANK_NIP } from './official-page.pdf.js';
import {
  assembledPackage,
  assembledZip,
  insertPackage,
  letterTemplates,
  lockPackage,
  type ManifestEntry,
  upsertLetterTemplate,
} from './proposal-package.queries.js';

/** The statuses of a proposed assessment: proposed, and decided on after. */
const PROPOSAL_STATUSES: readonly AssessmentStatus[] = [
  AssessmentStatus.PROPOSED,
  AssessmentStatus.AWARDED,
  AssessmentStatus.NOT_AWARDED,
];

/**
 * Why an assessment's proposal package may not be assembled now, or null: once it is proposed and
 * its LHE issued, once. The rule `assembleProposalPackage` and the viewer's `may` read.
 */
export function packageRefusal(
  status: AssessmentStatus,
  lheIssued: boolean,
  assembled: boolean,
): RefusalReason | null {
  if (assembled) return RefusalReason.PACKAGE_ALREADY_ASSEMBLED;
  if (!PROPOSAL_STATUSES.includes(status)) return RefusalReason.PACKAGE_NOT_PROPOSED;
  if (!lheIssued) return RefusalReason.PACKAGE_NEEDS_LHE;
  return null;
}

/** A template as the portal edits it: the instansi's own or the default, and what it may say. */
export interface LetterTemplate {
  kind: LetterKind;
  title: string;
  body: string;
  custom: boolean;
  placeholders: string[];
}

/** An assembled package as the portal shows it. */
export interface AssembledPackage {
  sha256: string;
  assembledAt: Date;
  files: ManifestEntry[];
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Every file of a package is dated so: the zip's bytes depend on its files alone. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * The proposal package: the letters the Inspektorat sends with a proposal (templates it edits,
 * filled from the assessment), the LKE workbook and the issued LHE, with a manifest of every file's
 * SHA-256, zipped once and kept: every later download is the same file (decision 0051).
 */
export class ProposalPackageService {
  constructor(
    private readonly db: Db,
    private readonly assessments: AssessmentService,
    private readonly documents: DocumentsService,
  ) {}

  /** The viewer's instansi's letters: its own templates, else the defaults. */
  async templates(viewer: Viewer): Promise<LetterTemplate[]> {
    const rows = viewer.instansiId
      ? await letterTemplates(this.db.manager, { instansiId: viewer.instansiId })
      : [];
    const own = new Map(rows.map((row) => [row.kind, row.body]));
    return Object.values(LetterKind).map((kind) => ({
      kind,
      title: DEFAULT_LETTERS[kind].title,
      body: own.get(kind) ?? DEFAULT_LETTERS[kind].body,
      custom: own.has(kind),
      placeholders: [...LETTER_PLACEHOLDERS],
    }));
  }

  async setTemplate(
    viewer: Viewer,
    kind: LetterKind,
    body: string,
    request: RequestInfo,
  ): Promise<LetterTemplate> {
    const instansiId = viewer.instansiId;
    if (!instansiId) throw forbidden('Only Inspektorat staff edit the letters of their instansi.');
    await this.db.transaction(async (manager) => {
      await upsertLetterTemplate(manager, { instansiId, kind, body: body.trim(), userId: viewer.id });
      await recordChange(
        manager,
        viewer,
        request,
        'letter_template.update',
        'letter_template',
        instansiId,
        null,
        {
          kind,
          body: body.trim(),
        },
      );
    });
    return (await this.templates(viewer)).find((template) => template.kind === kind) as LetterTemplate;
  }

  /** The zip as assembled; null when the viewer may not read the assessment or it is not assembled. */
  async download(viewer: Viewer, assessmentGlobalId: string): Promise<{ file: Buffer; name: string } | null> {
    const assessment = await this.assessments.readableBy(viewer, assessmentGlobalId);
    if (!assessment) return null;
    const [row] = await assembledZip(this.db.manager, { assessmentId: assessment.id });
    return row
      ? { file: row.zip, name: `paket-usulan-${assessment.year}-${assessment.id.slice(0, 8)}.zip` }
      : null;
  }

  async assemble(
    viewer: Viewer,
    assessmentGlobalId: string,
    request: RequestInfo,
  ): Promise<AssembledPackage> {
    const assessment = await this.assessments.readableBy(viewer, assessmentGlobalId, 'assessmentId');
    if (!assessment) throw notFound('assessmentId', 'assessment');
    const { id } = assessment;
    return this.db.transaction(async (manager) => {
      await lockPackage(manager, id);
      const [lhe] = await issuedReportPdf(manager, { assessmentId: id });
      const [lheIssued] = await issuedReport(manager, { assessmentId: id });
      const assembled = (await assembledPackage(manager, { assessmentId: id })).length > 0;
      const refusal = packageRefusal(assessment.status, lhe !== undefined, assembled);
      if (refusal || !lhe || !lheIssued) {
        const reason = refusal ?? RefusalReason.PACKAGE_NEEDS_LHE;
        throw badInput('assessmentId', `assessmentId: the package cannot be assembled now (${reason})`, {
          reason,
        });
      }
      const files = await this.files(viewer, assessmentGlobalId, assessment, { ...lheIssued, pdf: lhe.pdf });
      const manifest: ManifestEntry[] = files.map(({ name, bytes }) => ({
        file: name,
        sha256: sha256Of(bytes),
        bytes: bytes.length,
      }));
      const zip = new JSZip();
      for (const { name, bytes } of files) zip.file(name, bytes, { date: ZIP_DATE });
      zip.file(
        'MANIFEST.sha256',
        `${manifest.map((entry) => `${entry.sha256}  ${entry.file}`).join('\n')}\n`,
        {
          date: ZIP_DATE,
        },
      );
      const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const sha256 = sha256Of(bytes);
      await insertPackage(manager, {
        assessmentId: id,
        zip: bytes,
        sha256,
        manifest: JSON.stringify(manifest),
        userId: viewer.id,
      });
      await recordChange(manager, viewer, request, 'proposal.assemble', 'proposal_package', id, null, {
        sha256,
        files: manifest,
      });
      return { sha256, assembledAt: new Date(), files: manifest };
    });
  }

  /** The package's files in the order a reader goes through them. */
  private async files(
    viewer: Viewer,
    assessmentGlobalId: string,
    assessment: Assessment,
    /** The LHE as read under the package's lock, the one the revision lock also waits on. */
    lhe: IssuedReportRow & { pdf: Buffer },
  ): Promise<{ name: string; bytes: Buffer }[]> {
    const framework = requireFramework(assessment.frameworkCode);
    const [[unit], tpi, predicates, templates, workbook] = await Promise.all([
      unitHeading(this.db.manager, { unitId: assessment.unitId }),
      this.documents.layer(assessment.id, AnswerLayer.TPI),
      heldPredicates(this.db.manager, { unitId: assessment.unitId }),
      this.templates(viewer),
      this.documents.exportXlsx(viewer, assessmentGlobalId),
    ]);
    const instansiId = unit?.instansi_id ?? '';
    const [[head], [logo]] = await Promise.all([
      letterheadOf(this.db.manager, { instansiId }),
      letterheadLogo(this.db.manager, { instansiId }),
    ]);
    const points = (code: string) => tpi.groups?.[code]?.score;
    const today = await todayOfInstansi(this.db.manager, instansiId);
    const values: LetterValues = {
      unit: unit?.name ?? '',
      instansi: unit?.instansi ?? '',
      tahun: String(assessment.year),
      predikat: targetSought(framework, { heldPredicates: predicates.map((row) => targetOf(row.kind)) }),
      nilai_total: indonesianScore(points(framework.tree.code)),
      nilai_pengungkit: indonesianScore(points('A')),
      nilai_hasil: indonesianScore(points('B')),
      nomor_lhe: lhe.number,
      tanggal_lhe: indonesianDate(lhe.issued_on),
      inspektur: head?.inspektur_name ?? BLANK_NAME,
      nip_inspektur: head?.inspektur_nip ?? BLANK_NIP,
      tanggal: indonesianDate(today),
    };
    const letter = (kind: LetterKind) => {
      const template = templates.find((candidate) => candidate.kind === kind) as LetterTemplate;
      return letterPdf({
        title: template.title,
        body: fillLetter(template.body, values),
        instansiName: unit?.instansi ?? '',
        head: { address: head?.inspectorate_address ?? null, logo: logo?.logo ?? null },
        day: today,
        signatory: { name: head?.inspektur_name ?? null, nip: head?.inspektur_nip ?? null },
      });
    };
    const [cover, sptjm] = await Promise.all([letter(LetterKind.COVER_LETTER), letter(LetterKind.SPTJM)]);
    return [
      { name: '1-surat-usulan.pdf', bytes: cover },
      { name: `2-${workbook?.name ?? 'lke.xlsx'}`, bytes: workbook?.file ?? Buffer.alloc(0) },
      { name: `3-lhe-${lhe.number.replace(/[^\w.-]+/g, '-')}.pdf`, bytes: lhe.pdf },
      { name: '4-sptjm.pdf', bytes: sptjm },
    ];
  }
}
