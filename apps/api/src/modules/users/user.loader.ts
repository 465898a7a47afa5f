import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byIdLoader, childrenLoader } from '../../common/dataloader.js';
import { EvaluatorAssignment, User } from '../auth/user.entity.js';
import type { Workload } from './user-admin.inputs.js';

export const createUserLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(User));

/** Each evaluator's load in one grouped query for a page of users. */
export const createWorkloadLoader = (dataSource: DataSource) =>
  new DataLoader<string, Workload>(async (userIds) => {
    const rows = (await dataSource.query(
      `SELECT ea.user_id, count(*)::int AS units, count(*) FILTER (WHERE ea.lead)::int AS leading,
         count(a.id)::int AS pending_reviews
       FROM evaluator_assignment ea
       LEFT JOIN assessment a ON a.unit_id = ea.unit_id AND a.status IN ('submitted', 'in_review', 'second_review')
       WHERE ea.user_id = ANY($1::uuid[])
       GROUP BY ea.user_id`,
      [userIds],
    )) as Array<{ user_id: string; units: number; leading: number; pending_reviews: number }>;
    const byUser = new Map(rows.map((row) => [row.user_id, row]));
    return userIds.map((id) => {
      const row = byUser.get(id);
      return {
        units: row?.units ?? 0,
        leading: row?.leading ?? 0,
        pendingReviews: row?.pending_reviews ?? 0,
      };
    });
  });

/** The evaluators assigned to each unit, with whether they lead its team. */
export const createEvaluatorsByUnitLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(EvaluatorAssignment).find({
        where: { unitId: In(unitIds) },
        order: { lead: 'DESC', createdAt: 'ASC' },
      }),
    (assignment) => assignment.unitId,
  );
