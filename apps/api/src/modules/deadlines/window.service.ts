import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { closedOn, lastOpenDay } from './deadline.js';
import { reopenLayer, setWindow } from './deadlines.queries.js';
import { LayerReopening } from './layer-reopening.entity.js';
import { AssessmentWindow } from './window.entity.js';
import type { AssessmentWindowInput, ReopenLayerInput } from './window.inputs.js';

/** An assessment to reopen a layer of, with the instansi whose deadlines apply to it. */
export interface ReopenedAssessment {
  id: string;
  year: number;
  instansiId: string;
}

export class WindowService {
  constructor(private readonly db: Db) {}

  window(instansiId: string, year: number): Promise<AssessmentWindow | null> {
    return this.db.manager.getRepository(AssessmentWindow).findOneBy({ instansiId, year });
  }

  async set(viewer: Viewer, input: AssessmentWindowInput, request: RequestInfo): Promise<AssessmentWindow> {
    if (!viewer.instansiId) throw forbidden('Only Inspektorat staff set deadlines.');
    if (input.reviewUntil < input.fillUntil) {
      throw badInput(
        'reviewUntil',
        'reviewUntil must be on or after fillUntil: the TPI evaluates what units filled',
        {
          reason: RefusalReason.REVIEW_BEFORE_FILL,
        },
      );
    }
    const instansiId = viewer.instansiId;
    return this.db.transaction(async (manager) => {
      const before = await manager.findOneBy(AssessmentWindow, { instansiId, year: input.year });
      await setWindow(manager, {
        instansiId,
        year: input.year,
        fillUntil: input.fillUntil,
        reviewUntil: input.reviewUntil,
        updatedBy: viewer.id,
      });
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: 'window.set',
        entity: 'assessment_window',
        entityId: `${instansiId}:${input.year}`,
        before: before ? { fillUntil: before.fillUntil, reviewUntil: before.reviewUntil } : null,
        after: { fillUntil: input.fillUntil, reviewUntil: input.reviewUntil },
        ip: request.ip,
      });
      return manager.findOneByOrFail(AssessmentWindow, { instansiId, year: input.year });
    });
  }

  /** The refusal for `layer` of an assessment closed by its deadline, or null while it is open. */
  async closedError(
    manager: EntityManager,
    assessment: { id: string; year: number },
    instansiId: string,
    layer: AnswerLayer,
  ): Promise<GraphQLError | null> {
    const closedDay = await this.layerClosedOn(manager, assessment, instansiId, layer);
    if (!closedDay) return null;
    return forbidden(
      `The ${layer === AnswerLayer.UNIT ? 'filling' : 'evaluation'} window for ${assessment.year} closed on ${closedDay}; ask the Inspektorat to reopen it.`,
      { reason: RefusalReason.WINDOW_CLOSED, layer, year: assessment.year, closedOn: closedDay },
    );
  }

  /** The day `layer` of an assessment closed on, or null while it is open (`closedOn`). */
  private async layerClosedOn(
    manager: EntityManager,
    assessment: { id: string; year: number },
    instansiId: string,
    layer: AnswerLayer,
  ): Promise<string | null> {
    const window = await manager.findOneBy(AssessmentWindow, { instansiId, year: assessment.year });
    const today = todayInIndonesia();
    // Reopenings matter only once the deadline has passed: most writes come before it, without the query.
    if (!closedOn(window, layer, [], today)) return null;
    const reopenings = await manager.findBy(LayerReopening, { assessmentId: assessment.id, layer });
    return closedOn(window, layer, reopenings, today);
  }

  /** The last day `layer` of an assessment is open until, reopenings counted (`lastOpenDay`). */
  private async lastOpenDay(
    manager: EntityManager,
    assessment: ReopenedAssessment,
    layer: AnswerLayer,
  ): Promise<string | null> {
    const window = await manager.findOneBy(AssessmentWindow, {
      instansiId: assessment.instansiId,
      year: assessment.year,
    });
    const reopenings = window
      ? await manager.findBy(LayerReopening, { assessmentId: assessment.id, layer })
      : [];
    return lastOpenDay(window, layer, reopenings);
  }

  /**
   * Reopens a layer of an assessment in the viewer's scope until a day later than it is open until
   * now: before its deadline (more time for one unit), after it, or to lengthen a reopening. The
   * check and the write share a transaction holding the assessment's row, so two reopenings at once
   * are judged one after the other and neither is lost.
   */
  async reopen(
    viewer: Viewer,
    input: ReopenLayerInput,
    assessmentInScope: (id: string) => Promise<ReopenedAssessment | null>,
    request: RequestInfo,
  ) {
    const assessmentId = fromGlobalIdOf('Assessment', input.assessmentId, 'assessmentId');
    const assessment = await assessmentInScope(assessmentId);
    if (!assessment) throw notFound('assessmentId', 'assessment');
    const today = todayInIndonesia();
    if (input.until < today)
      throw badInput('until', 'until must be today or later', { reason: RefusalReason.DUE_IN_PAST, today });
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(Assessment)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: assessmentId })
        .getOne();
      const openUntil = await this.lastOpenDay(manager, assessment, input.layer);
      if (!openUntil || input.until <= openUntil) {
        const open = openUntil ? `is open until ${openUntil}` : `has no deadline in ${assessment.year}`;
        throw forbidden(`The ${input.layer} layer ${open}: a reopening must end later than it is open.`, {
          reason: RefusalReason.LAYER_OPEN,
          layer: input.layer,
          openUntil,
        });
      }
      await reopenLayer(manager, {
        assessmentId,
        layer: input.layer,
        until: input.until,
        reason: input.reason.trim(),
        reopenedBy: viewer.id,
      });
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: 'window.reopen',
        entity: 'assessment',
        entityId: assessmentId,
        after: { layer: input.layer, until: input.until, reason: input.reason.trim() },
        ip: request.ip,
      });
    });
    return true;
  }
}
