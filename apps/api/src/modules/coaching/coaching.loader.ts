import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { type UnitScope, unitScopeCondition } from '../units/unit.scope.js';
import { CoachingInvitation } from './coaching-session.entity.js';

export interface InvitationKey {
  sessionId: string;
  scope: UnitScope;
}

/** The invitations of many sessions, limited to the viewer's units, in one query. */
export const createInvitationsLoader = (dataSource: DataSource) =>
  new DataLoader<InvitationKey, CoachingInvitation[], string>(
    async (keys) => {
      const scope = keys[0]?.scope ?? { kind: 'unit', unitId: '' };
      const [condition, parameters] = unitScopeCondition(scope, 'ci.unit_id');
      const rows = await dataSource
        .getRepository(CoachingInvitation)
        .createQueryBuilder('ci')
        .where({ sessionId: In(keys.map((key) => key.sessionId)) })
        .andWhere(condition, parameters)
        .getMany();
      return keys.map((key) => rows.filter((row) => row.sessionId === key.sessionId));
    },
    { cacheKeyFn: (key) => key.sessionId },
  );
