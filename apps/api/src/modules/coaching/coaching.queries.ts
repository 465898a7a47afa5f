import { defineCommand, defineQuery } from '../../common/sql-query.js';

export const inviteUnits = defineCommand<{ sessionId: string; unitIds: string[] }>(
  'INSERT INTO coaching_invitation (session_id, unit_id) SELECT :sessionId, unnest(:unitIds::uuid[])',
);

/** The session's follow-ups, one per array position, each for one invited unit. */
export const addSessionFollowUps = defineCommand<{
  sessionId: string;
  createdBy: string;
  unitIds: string[];
  descriptions: string[];
  ownerNames: string[];
  dueOn: string[];
}>(
  `INSERT INTO follow_up (coaching_session_id, unit_id, description, owner_name, due_on, created_by)
   SELECT :sessionId, u, d, o, due, :createdBy
   FROM unnest(:unitIds::uuid[], :descriptions::text[], :ownerNames::text[], :dueOn::date[]) AS t(u, d, o, due)`,
);

/** How many of the units the session invited. */
export const invitedCount = defineQuery<{ sessionId: string; unitIds: string[] }, { matched: number }>({
  sql: 'SELECT count(*)::int AS matched FROM coaching_invitation WHERE session_id = :sessionId AND unit_id = ANY(:unitIds::uuid[])',
  columns: { matched: 'integer' },
});

/** The active operators of the units, with their unit's name. */
export const operatorsOfUnits = defineQuery<{ unitIds: string[] }, { id: string; unit_name: string }>({
  sql: `SELECT a.id, u.name AS unit_name FROM app_user a JOIN unit u ON u.id = a.unit_id
        WHERE a.active AND a.unit_id = ANY(:unitIds::uuid[])`,
  columns: { id: 'uuid', unit_name: 'text' },
});
