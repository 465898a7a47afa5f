import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { MoveContext } from './workflow.machine.js';
import { WorkflowAction } from './workflow.machine.js';

export interface MoveContextKey {
  assessmentId: string;
  viewerId: string;
}

interface MoveContextRow {
  id: string;
  second_review: boolean;
  is_team_lead: boolean;
  approved_by_viewer: boolean;
}

/** The facts beyond status and role that the machine weighs, for many assessments of one viewer. */
async function queryMoveContexts(
  db: DataSource | EntityManager,
  assessmentIds: readonly string[],
  viewerId: string,
): Promise<Map<string, MoveContext>> {
  const rows = (await db.query(
    `SELECT a.id, i.second_review,
       EXISTS (SELECT 1 FROM evaluator_assignment ea
               WHERE ea.unit_id = a.unit_id AND ea.user_id = $2 AND ea.lead) AS is_team_lead,
       coalesce((SELECT t.actor_id = $2 FROM assessment_transition t
                 WHERE t.assessment_id = a.id AND t.action = $3 ORDER BY t.id DESC LIMIT 1), false)
         AS approved_by_viewer
     FROM assessment a JOIN unit u ON u.id = a.unit_id JOIN instansi i ON i.id = u.instansi_id
     WHERE a.id = ANY($1::uuid[])`,
    [assessmentIds, viewerId, WorkflowAction.APPROVE],
  )) as MoveContextRow[];
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
        for (const [id, context] of await queryMoveContexts(dataSource, ids, viewerId)) {
          contexts.set(keyOf({ viewerId, assessmentId: id }), context);
        }
      }
      return keys.map((key) => contexts.get(keyOf(key)) ?? NO_CONTEXT);
    },
    { cacheKeyFn: keyOf },
  );
