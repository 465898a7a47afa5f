import {
  type AnswerProblem,
  type AnswerRefusal,
  type AnswerValue,
  DEFAULT_FRAMEWORK_CODE,
  type Framework,
  getFramework,
  requireFramework,
  validateAnswer,
  validateCounts,
} from '@zi/lke';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { badInput, conflict, forbidden, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordAudit, recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { type UnitScope, unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import { AnswerLayer, Assessment, AssessmentStatus } from './assessment.entity.js';
import type { AnswerInput, SetAnswersInput, StartAssessmentInput } from './assessment.inputs.js';
import {
  answersTo,
  layerAnswerValues,
  saveAnswers,
  storedAnswers,
  touchAssessment,
} from './assessments.queries.js';
import { LAYERS_BY_ROLE, WRITABLE_LAYERS } from './layer-rules.js';
import { recomputeLayerScore } from './layer-score.js';
import { unitAnswersToAccept } from './unit-answers.js';

interface ValidAnswer {
  code: string;
  value: AnswerValue | null;
  note: string | null;
  version: number;
}

function validAnswers(framework: Framework, answers: AnswerInput[]): ValidAnswer[] {
  const seen = new Set<string>();
  return answers.map((answer) => {
    const fail = (message: string) => {
      return badInput('answers', message, {
        reason: RefusalReason.INVALID_ANSWER,
        questionCode: answer.code,
      });
    };
    if (seen.has(answer.code)) throw fail(`${answer.code}: answered twice in one batch`);
    seen.add(answer.code);
    const hasOption = answer.option !== null && answer.option !== undefined;
    const hasNumber = answer.number !== null && answer.number !== undefined;
    if (hasOption && hasNumber) throw fail(`${answer.code}: give either option or number, not both`);
    const value = hasOption ? (answer.option as string) : hasNumber ? (answer.number as number) : null;
    const problem = validateAnswer(framework, answer.code, value);
    if (problem) throw refusal(problem);
    return { code: answer.code, value, note: answer.note?.trim() || null, version: answer.version };
  });
}

/** The engine's refusals of an impossible combination of counts, which keep their own reason. */
const COMBINATION_REASONS: Partial<Record<AnswerRefusal, RefusalReason>> = {
  COUNT_EXCEEDS_TOTAL: RefusalReason.COUNT_EXCEEDS_TOTAL,
  BREAKDOWN_MISMATCH: RefusalReason.BREAKDOWN_MISMATCH,
};

/** A value the engine refuses, as a 400 at `answers` naming the question or count code. */
const refusal = (problem: AnswerProblem) =>
  badInput('answers', problem.message, {
    // Impossible combinations have their own reason; a single bad value stays INVALID_ANSWER.
    reason: (problem.related && COMBINATION_REASONS[problem.reason]) || RefusalReason.INVALID_ANSWER,
    questionCode: problem.code,
    refusal: problem.reason,
    ...(problem.related ? { related: problem.related } : {}),
  });

/**
 * Refuses a batch that leaves an impossible combination of counts (50 resolved of 40): judged on the
 * layer's answers as they will be after the batch, so a part and its total set together are judged
 * together, and only for the limits the batch touches.
 */
async function checkCounts(
  manager: EntityManager,
  framework: Framework,
  assessmentId: string,
  layer: AnswerLayer,
  answers: ValidAnswer[],
): Promise<void> {
  if (!answers.some((answer) => framework.counts.has(answer.code))) return;
  const rows = await layerAnswerValues(manager, { assessmentId, layer });
  const after: Record<string, AnswerValue | null> = Object.fromEntries(
    rows.map((row) => [row.code, row.value]),
  );
  for (const answer of answers) after[answer.code] = answer.value;
  const [problem] = validateCounts(
    framework,
    after,
    answers.map((answer) => answer.code),
  );
  if (problem) throw refusal(problem);
}

/** Both layers' stored answers, which accepting the unit's answers compares. */
const bothLayersAnswers = (manager: EntityManager, assessmentId: string) =>
  storedAnswers(manager, { assessmentId, layers: [AnswerLayer.UNIT, AnswerLayer.TPI] });

/** The property the unit read with an assessment lands in, until `withUnit` takes it off. */
const SCOPED_UNIT = 'scopedUnit';

const sameScope = (a: UnitScope, b: UnitScope) => JSON.stringify(a) === JSON.stringify(b);

type Snapshot = Record<string, { value: AnswerValue | null; note: string | null; version: number }>;

/**
 * Why a layer is closed by its deadline, or null while it is open: the windows feature, which builds
 * on assessments, answers it (`WindowService`).
 */
export interface LayerDeadlines {
  closedError(
    manager: EntityManager,
    assessment: { id: string; year: number },
    instansiId: string,
    layer: AnswerLayer,
  ): Promise<GraphQLError | null>;
}

export class AssessmentService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
    private readonly deadlines: LayerDeadlines,
  ) {}

  /** The assessment if its unit is in `scope`, else null. */
  async byId(id: string, scope: UnitScope): Promise<Assessment | null> {
    return (await this.withUnit(id, scope))?.assessment ?? null;
  }

  /**
   * The assessment of a global ID (as a route or an argument names it) if the viewer may read it,
   * else null; `field` names the argument a malformed ID is refused at.
   */
  readableBy(viewer: Viewer, assessmentGlobalId: string, field?: string): Promise<Assessment | null> {
    return this.byId(fromGlobalIdOf('Assessment', assessmentGlobalId, field), unitScopeOf(viewer));
  }

  /**
   * The assessment and its unit if the unit is in `scope` (the rule `UnitService.byId` applies), in
   * one statement. The unit is remembered with the assessment's row for the request's later
   * questions about it (`editableLayers`).
   */
  async withUnit(id: string, scope: UnitScope): Promise<{ assessment: Assessment; unit: Unit } | null> {
    const [condition, parameters] = unitScopeCondition(scope, 'u.id', 'u.instansi_id');
    const assessment = await this.db.manager
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne(`a.${SCOPED_UNIT}`, Unit, 'u', 'u.id = a.unit_id')
      .where('a.id = :id', { id })
      .andWhere(condition, parameters)
      .getOne();
    if (!assessment) return null;
    const row = assessment as Assessment & { [SCOPED_UNIT]?: Unit };
    const unit = row[SCOPED_UNIT] as Unit;
    delete row[SCOPED_UNIT];
    this.scopedUnits.set(assessment, { scope, unit });
    return { assessment, unit };
  }

  /** The unit each assessment row was read with, and the scope it was read in (`withUnit`). */
  private readonly scopedUnits = new WeakMap<Assessment, { scope: UnitScope; unit: Unit }>();

  /** The assessment's unit if it is in `scope`, from the read of the row when it was made in that scope. */
  private unitInScope(assessment: Assessment, scope: UnitScope): Promise<Unit | null> {
    const known = this.scopedUnits.get(assessment);
    return known && sameScope(known.scope, scope)
      ? Promise.resolve(known.unit)
      : this.units.byId(assessment.unitId, scope);
  }

  async start(viewer: Viewer, input: StartAssessmentInput, request: RequestInfo): Promise<Assessment> {
    const unitId = fromGlobalIdOf('Unit', input.unitId, 'unitId');
    if (!(await this.units.byId(unitId, unitScopeOf(viewer)))) {
      throw notFound('unitId', 'unit');
    }
    const frameworkCode = input.frameworkCode ?? DEFAULT_FRAMEWORK_CODE;
    if (!getFramework(frameworkCode)) {
      throw badInput('frameworkCode', `frameworkCode: unknown framework "${frameworkCode}"`, {
        reason: RefusalReason.INVALID,
      });
    }
    try {
      return await this.db.transaction(async (manager) => {
        const assessment = await manager.save(
          manager.create(Assessment, {
            unitId,
            year: input.year,
            frameworkCode,
            status: AssessmentStatus.DRAFT,
            createdBy: viewer.id,
          }),
        );
        await recordAudit(manager, {
          actorUserId: viewer.id,
          action: 'assessment.start',
          entity: 'assessment',
          entityId: assessment.id,
          after: { unitId, year: input.year, frameworkCode },
          ip: request.ip,
        });
        return assessment;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badInput(
          'year',
          `year: this unit already has an assessment for ${input.year} under ${frameworkCode}`,
          {
            reason: RefusalReason.ASSESSMENT_EXISTS,
            year: input.year,
          },
        );
      }
      throw error;
    }
  }

  /**
   * Saves a batch of answers to one layer and rescores it, all in one transaction: a stale version
   * or a bad value anywhere in the batch saves nothing.
   */
  async setAnswers(viewer: Viewer, input: SetAnswersInput, request: RequestInfo): Promise<Assessment> {
    const assessmentId = fromGlobalIdOf('Assessment', input.assessmentId, 'assessmentId');
    return this.db.transaction(async (manager) => {
      const assessment = await this.writable(viewer, assessmentId, input.layer, { lock: true });
      const answers = validAnswers(requireFramework(assessment.frameworkCode), input.answers);
      await this.save(manager, viewer, assessment, input.layer, answers, request);
      return assessment;
    });
  }

  /**
   * Puts numbers from outside the worksheet (a closed survey period's indices) into the unit layer
   * of the unit's assessment for `year`, over whatever is there, in the caller's transaction, with
   * the same checks, rescoring and audit as any save. Null when there is no such assessment;
   * `written: false`, and nothing written, when its unit layer is not the viewer's to write now
   * (submitted, window shut): the caller keeps the values to show beside the answers.
   */
  async putOutsideValues(
    viewer: Viewer,
    target: { unitId: string; year: number },
    values: ReadonlyArray<{ code: string; number: number; note: string }>,
    request: RequestInfo,
    extra: Record<string, unknown>,
  ): Promise<{ assessment: Assessment; written: boolean } | null> {
    const [found] = await this.db.manager
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where('a.unit_id = :unitId AND a.year = :year AND a.framework_code = :framework', {
        ...target,
        framework: DEFAULT_FRAMEWORK_CODE,
      })
      .setLock('pessimistic_write')
      .getMany();
    const unit = found ? await this.units.byId(found.unitId, unitScopeOf(viewer)) : null;
    if (!found || !unit) return null;
    if (await this.layerRefusal(viewer, found, unit.instansiId, AnswerLayer.UNIT))
      return { assessment: found, written: false };
    const current = await answersTo(this.db.manager, {
      assessmentId: found.id,
      layer: AnswerLayer.UNIT,
      codes: values.map((value) => value.code),
    });
    const versions = new Map(current.map((row) => [row.code, row.version]));
    const answers = validAnswers(
      requireFramework(found.frameworkCode),
      values.map(({ code, number, note }) => ({ code, number, note, version: versions.get(code) ?? 0 })),
    );
    await this.save(this.db.manager, viewer, found, AnswerLayer.UNIT, answers, request, extra);
    return { assessment: found, written: true };
  }

  /** The questions `acceptUnitAnswers` would fill now, so the TPI sees how many before it does. */
  async acceptableUnitAnswers(assessment: Assessment): Promise<string[]> {
    const rows = await bothLayersAnswers(this.db.manager, assessment.id);
    return unitAnswersToAccept(requireFramework(assessment.frameworkCode), rows).accepted;
  }

  /**
   * Takes the unit's answer into the TPI layer for every question the TPI has not answered at all,
   * in one transaction; the TPI's answers, and its notes on the questions it fills, stay.
   */
  async acceptUnitAnswers(
    viewer: Viewer,
    globalId: string,
    request: RequestInfo,
  ): Promise<{ assessment: Assessment; accepted: string[] }> {
    const assessmentId = fromGlobalIdOf('Assessment', globalId, 'assessmentId');
    return this.db.transaction(async (manager) => {
      const assessment = await this.writable(viewer, assessmentId, AnswerLayer.TPI, { lock: true });
      const framework = requireFramework(assessment.frameworkCode);
      const rows = await bothLayersAnswers(manager, assessment.id);
      const { accepted, answers } = unitAnswersToAccept(framework, rows);
      if (answers.length > 0) {
        await this.save(
          manager,
          viewer,
          assessment,
          AnswerLayer.TPI,
          validAnswers(framework, answers),
          request,
          {
            acceptedFromUnit: accepted,
          },
        );
      }
      return { assessment: await manager.findOneByOrFail(Assessment, { id: assessment.id }), accepted };
    });
  }

  /**
   * The assessment, if the viewer may write `layer` of it now; otherwise the error that says why.
   * With `lock`, inside a transaction, its row stays locked until the transaction ends, so its
   * status cannot move on between this check and the write.
   */
  async writable(
    viewer: Viewer,
    assessmentId: string,
    layer: AnswerLayer,
    { lock = false } = {},
  ): Promise<Assessment> {
    const query = this.db.manager
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where('a.id = :id', { id: assessmentId });
    const assessment = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    await this.checkWritable(viewer, assessment, layer);
    return assessment as Assessment;
  }

  /** The layers the viewer may write of this assessment now, each judged by the rule every write checks. */
  /**
   * The layers the viewer may write now. A worksheet asks twice (`editableLayers` and
   * `viewerMay.removeEvidenceFrom`): each request (its viewer) works it out once per assessment row.
   */
  editableLayers(viewer: Viewer, assessment: Assessment): Promise<AnswerLayer[]> {
    let byAssessment = this.editableByRequest.get(viewer);
    if (!byAssessment) {
      byAssessment = new WeakMap();
      this.editableByRequest.set(viewer, byAssessment);
    }
    let layers = byAssessment.get(assessment);
    if (!layers) {
      layers = this.workOutEditableLayers(viewer, assessment);
      byAssessment.set(assessment, layers);
    }
    return layers;
  }

  private readonly editableByRequest = new WeakMap<Viewer, WeakMap<Assessment, Promise<AnswerLayer[]>>>();

  private async workOutEditableLayers(viewer: Viewer, assessment: Assessment): Promise<AnswerLayer[]> {
    const unit = await this.unitInScope(assessment, unitScopeOf(viewer));
    if (!unit) return [];
    const editable: AnswerLayer[] = [];
    for (const layer of Object.values(AnswerLayer)) {
      if (!(await this.layerRefusal(viewer, assessment, unit.instansiId, layer))) editable.push(layer);
    }
    return editable;
  }

  /** Writes answers to a layer, rescores it with @zi/lke and audits the change, in the caller's transaction. */
  private async save(
    manager: EntityManager,
    viewer: Viewer,
    assessment: Assessment,
    layer: AnswerLayer,
    answers: ValidAnswer[],
    request: RequestInfo,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await checkCounts(manager, requireFramework(assessment.frameworkCode), assessment.id, layer, answers);
    const before = await this.snapshot(manager, assessment.id, layer, answers);
    await this.write(manager, viewer, assessment.id, layer, answers, before);
    await recomputeLayerScore(manager, assessment, layer);
    await touchAssessment(manager, { assessmentId: assessment.id });
    await recordChange(
      manager,
      viewer,
      request,
      'answers.set',
      'assessment',
      assessment.id,
      { layer, answers: before },
      {
        layer,
        answers: Object.fromEntries(answers.map(({ code, value, note }) => [code, { value, note }])),
        ...extra,
      },
    );
  }

  private async checkWritable(
    viewer: Viewer,
    assessment: Assessment | null,
    layer: AnswerLayer,
  ): Promise<void> {
    const unit = assessment ? await this.units.byId(assessment.unitId, unitScopeOf(viewer)) : null;
    if (!assessment || !unit) {
      throw notFound('assessmentId', 'assessment');
    }
    const refusal = await this.layerRefusal(viewer, assessment, unit.instansiId, layer);
    if (refusal) throw refusal;
  }

  /**
   * Why the viewer may not write `layer` of an assessment in their scope now, or null when they may:
   * the one rule behind every write of a layer and behind `editableLayers`.
   */
  private async layerRefusal(
    viewer: Viewer,
    assessment: Assessment,
    instansiId: string,
    layer: AnswerLayer,
  ): Promise<GraphQLError | null> {
    if (!LAYERS_BY_ROLE[viewer.role].includes(layer)) {
      return forbidden(`Your role may not edit the ${layer} layer.`, {
        reason: RefusalReason.LAYER_ROLE,
        layer,
      });
    }
    if (!WRITABLE_LAYERS[assessment.status].includes(layer)) {
      const when = Object.entries(WRITABLE_LAYERS)
        .filter(([, layers]) => layers.includes(layer))
        .map(([status]) => status.replaceAll('_', ' '));
      return forbidden(
        `The ${layer} layer cannot be edited while the assessment is ${assessment.status.replaceAll('_', ' ')}; it can while it is ${when.join(' or ')}.`,
        { reason: RefusalReason.LAYER_LOCKED, layer, status: assessment.status },
      );
    }
    return this.deadlines.closedError(this.db.manager, assessment, instansiId, layer);
  }

  private async snapshot(
    manager: EntityManager,
    id: string,
    layer: AnswerLayer,
    answers: ValidAnswer[],
  ): Promise<Snapshot> {
    const rows = await answersTo(manager, {
      assessmentId: id,
      layer,
      codes: answers.map((answer) => answer.code),
    });
    return Object.fromEntries(rows.map(({ code, ...rest }) => [code, rest]));
  }

  /** One statement for the whole batch: updates where the version matches, inserts first answers. */
  private async write(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    layer: AnswerLayer,
    answers: ValidAnswer[],
    before: Snapshot,
  ): Promise<void> {
    const saved = await saveAnswers(manager, {
      assessmentId: id,
      layer,
      authorId: viewer.id,
      codes: answers.map((answer) => answer.code),
      values: answers.map((answer) => (answer.value === null ? null : JSON.stringify(answer.value))),
      notes: answers.map((answer) => answer.note),
      versions: answers.map((answer) => answer.version),
    });
    if (saved.length === answers.length) return;
    const savedCodes = new Set(saved.map((row) => row.code));
    const stale = answers.find((answer) => !savedCodes.has(answer.code)) as ValidAnswer;
    const current = before[stale.code];
    throw conflict(
      current
        ? `${stale.code} was changed by someone else (now version ${current.version}, you edited version ${stale.version}). Nothing was saved.`
        : `${stale.code} has no saved answer yet; send version 0. Nothing was saved.`,
      {
        field: 'answers',
        questionCode: stale.code,
        yourVersion: stale.version,
        currentVersion: current?.version ?? 0,
        currentValue: current?.value ?? null,
        currentNote: current?.note ?? null,
      },
    );
  }
}
