import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byIdLoader, childrenLoader } from '../../common/dataloader.js';
import { EvaluatorAssignment, User } from '../auth/user.entity.js';
import type { Workload } from './user-admin.inputs.js';
import { workloads } from './users.queries.js';

export const createUserLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(User));

/** Each evaluator's load in one grouped query for a page of users. */
export const createWorkloadLoader = (dataSource: DataSource) =>
  new DataLoader<string, Workload>(async (userIds) => {
    const rows = await workloads(dataSource.manager, { userIds });
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
