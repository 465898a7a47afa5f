import { requireFramework, targetSought } from '@zi/lke';
import type { RequestInfo } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer, type Assessment } from '../assessments/assessment.entity.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { targetOf } from '../assessments/layer-score.js';
import type { Viewer } from '../auth/viewer.js';
import {
  answerVersions,
  heldPredicates,
  type LayerData,
  layerAnswers,
  layerScores,
  unitEvidence,
  unitHeading,
} from './documents.queries.js';
import { type EvidenceLink, exportLkeWorkbook, type LayerAnswers } from './lke-workbook.export.js';
import { readLkeWorkbook } from './lke-workbook.import.js';
import { LKE_TEMPLATE, lkeTemplateFile } from './lke-workbook.layout.js';

export class DocumentsService {
  constructor(
    private readonly db: Db,
    private readonly assessments: AssessmentService,
    /** The address the portal is served at, for the evidence links in a workbook. */
    private readonly publicUrl: string,
  ) {}

  /** A layer's answers by question or count code. */
  private async answers(assessmentId: string, layer: AnswerLayer): Promise<LayerAnswers> {
    const rows = await layerAnswers(this.db.manager, { assessmentId, layer });
    return new Map(rows.map(({ code, value, note }) => [code, { value, note }]));
  }

  /** A layer's answers and its stored scores. */
  async layer(assessmentId: string, layer: AnswerLayer): Promise<LayerData> {
    const [answers, scores] = await Promise.all([
      this.answers(assessmentId, layer),
      layerScores(this.db.manager, { assessmentId, layer }),
    ]);
    return {
      answers,
      groups: scores[0]?.groups ?? null,
      questions: scores[0]?.question_scores ?? null,
    };
  }

  /**
   * The LKE workbook in the official template, filled with every layer, or null when the viewer
   * may not read the assessment.
   */
  async exportXlsx(
    viewer: Viewer,
    assessmentGlobalId: string,
  ): Promise<{ file: Buffer; name: string } | null> {
    const assessment = await this.assessments.readableBy(viewer, assessmentGlobalId);
    if (!assessment) return null;
    const framework = requireFramework(assessment.frameworkCode);
    const template = lkeTemplateFile(framework.code);
    if (!template) return null;
    const [[unit], evidence, predicates, unitAnswers, tpiAnswers, reviewAnswers] = await Promise.all([
      unitHeading(this.db.manager, { unitId: assessment.unitId }),
      unitEvidence(this.db.manager, { assessmentId: assessment.id }),
      heldPredicates(this.db.manager, { unitId: assessment.unitId }),
      this.answers(assessment.id, AnswerLayer.UNIT),
      this.answers(assessment.id, AnswerLayer.TPI),
      this.answers(assessment.id, AnswerLayer.REVIEW),
    ]);
    const byQuestion = new Map<string, EvidenceLink[]>();
    for (const item of evidence) {
      const link = item.url ?? `${this.publicUrl}/admin/evidence/${item.id}`;
      byQuestion.set(item.code, [...(byQuestion.get(item.code) ?? []), { name: item.name, link }]);
    }
    const file = await exportLkeWorkbook(template, {
      framework,
      unitName: unit?.name ?? '',
      target: targetSought(framework, { heldPredicates: predicates.map((row) => targetOf(row.kind)) }),
      layers: {
        [AnswerLayer.UNIT]: unitAnswers,
        [AnswerLayer.TPI]: tpiAnswers,
        [AnswerLayer.REVIEW]: reviewAnswers,
      },
      evidence: byQuestion,
    });
    const slug = (unit?.name ?? 'unit')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return { file, name: `lke-${slug}-${assessment.year}.xlsx` };
  }

  /**
   * Reads the unit's answers from a worksheet in the exported layout and saves them as one batch:
   * any bad row is reported (row and column) and nothing is saved.
   */
  async importXlsx(
    viewer: Viewer,
    assessmentGlobalId: string,
    layer: AnswerLayer,
    file: Buffer,
    request: RequestInfo,
  ): Promise<Assessment> {
    const id = fromGlobalIdOf('Assessment', assessmentGlobalId, 'assessmentId');
    const assessment = await this.assessments.writable(viewer, id, layer);
    const columns = LKE_TEMPLATE.layers[layer];
    const { answers, problems } = await readLkeWorkbook(
      requireFramework(assessment.frameworkCode),
      file,
      columns,
    );
    if (problems.length > 0) {
      throw badInput(
        'file',
        `${problems.length} problem${problems.length === 1 ? '' : 's'} in the file: ${problems.slice(0, 5).join('; ')}`,
        { reason: RefusalReason.IMPORT_PROBLEMS, problems },
      );
    }
    if (answers.length === 0)
      throw badInput('file', `file: no answers found in the "${columns.answerHeader}" column`, {
        reason: RefusalReason.NO_ANSWERS_IN_FILE,
      });
    const versions = new Map(
      (await answerVersions(this.db.manager, { assessmentId: id, layer })).map((row) => [
        row.code,
        row.version,
      ]),
    );
    return this.assessments.setAnswers(
      viewer,
      {
        assessmentId: toGlobalId('Assessment', id),
        layer,
        answers: answers.map(({ code, value, note }) => ({
          code,
          option: typeof value === 'string' ? value : null,
          number: typeof value === 'number' ? value : null,
          note,
          version: versions.get(code) ?? 0,
        })),
      },
      request,
    );
  }
}
