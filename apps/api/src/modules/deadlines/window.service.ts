import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { deadlineOf } from './deadline.js';
import { AssessmentWindow } from './window.entity.js';
import type { AssessmentWindowInput, ReopenLayerInput } from './window.inputs.js';

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
      await manager.query(
        `INSERT INTO assessment_window (instansi_id, year, fill_until, review_until, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (instansi_id, year) DO UPDATE SET fill_until = EXCLUDED.fill_until,
           review_until = EXCLUDED.review_until, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [instansiId, input.year, input.fillUntil, input.reviewUntil, viewer.id],
      );
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
    const window = await manager.findOneBy(AssessmentWindow, { instansiId, year: assessment.year });
    const today = todayInIndonesia();
    if (!window || today <= deadlineOf(window, layer)) return null;
    const [reopened] = (await manager.query(
      'SELECT 1 FROM layer_reopening WHERE assessment_id = $1 AND layer = $2 AND until >= $3 LIMIT 1',
      [assessment.id, layer, today],
    )) as unknown[];
    if (reopened) return null;
    const closedOn = deadlineOf(window, layer);
    return forbidden(
      `The ${layer === AnswerLayer.UNIT ? 'filling' : 'evaluation'} window for ${assessment.year} closed on ${closedOn}; ask the Inspektorat to reopen it.`,
      { reason: RefusalReason.WINDOW_CLOSED, layer, year: assessment.year, closedOn },
    );
  }

  async reopen(
    viewer: Viewer,
    input: ReopenLayerInput,
    assessmentInScope: (id: string) => Promise<boolean>,
    request: RequestInfo,
  ) {
    const assessmentId = fromGlobalIdOf('Assessment', input.assessmentId, 'assessmentId');
    if (!(await assessmentInScope(assessmentId))) {
      throw notFound('assessmentId', 'assessment');
    }
    const today = todayInIndonesia();
    if (input.until < today)
      throw badInput('until', 'until must be today or later', { reason: RefusalReason.DUE_IN_PAST, today });
    await this.db.transaction(async (manager) => {
      await manager.query(
        'INSERT INTO layer_reopening (assessment_id, layer, until, reason, reopened_by) VALUES ($1, $2, $3, $4, $5)',
        [assessmentId, input.layer, input.until, input.reason.trim(), viewer.id],
      );
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
