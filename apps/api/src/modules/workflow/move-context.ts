import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { MoveContext } from './workflow.machine.js';
import { WorkflowAction } from './workflow.machine.js';
import { moveContexts } from './workflow.queries.js';

export interface MoveContextKey {
  assessmentId: string;
  viewerId: string;
}

/** The facts beyond status and role that the machine weighs, for many assessments of one viewer. */
export async function queryMoveContexts(
  manager: EntityManager,
  assessmentIds: readonly string[],
  viewerId: string,
): Promise<Map<string, MoveContext>> {
  const rows = await moveContexts(manager, { assessmentIds, viewerId, approve: WorkflowAction.APPROVE });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        secondReview: row.second_review,
        isTeamLead: row.is_team_lead,
        approvedByViewer: row.approved_by_viewer,
      },
    ]),
  );
}

const NO_CONTEXT: MoveContext = { secondReview: false, isTeamLead: false, approvedByViewer: false };

export async function moveContextOf(
  manager: EntityManager,
  assessmentId: string,
  viewerId: string,
): Promise<MoveContext> {
  return (await queryMoveContexts(manager, [assessmentId], viewerId)).get(assessmentId) ?? NO_CONTEXT;
}

const keyOf = (key: MoveContextKey) => `${key.viewerId}:${key.assessmentId}`;

export const createMoveContextLoader = (dataSource: DataSource) =>
  new DataLoader<MoveContextKey, MoveContext, string>(
    async (keys) => {
      const byViewer = new Map<string, string[]>();
      for (const key of keys)
        byViewer.set(key.viewerId, [...(byViewer.get(key.viewerId) ?? []), key.assessmentId]);
      const contexts = new Map<string, MoveContext>();
      for (const [viewerId, ids] of byViewer) {
        for (const [id, context] of await queryMoveContexts(dataSource.manager, ids, viewerId)) {
          contexts.set(keyOf({ viewerId, assessmentId: id }), context);
        }
      }
      return keys.map((key) => contexts.get(keyOf(key)) ?? NO_CONTEXT);
    },
    { cacheKeyFn: keyOf },
  );
