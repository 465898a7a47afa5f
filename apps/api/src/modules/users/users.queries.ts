import { defineCommand, defineQuery } from '../../common/sql-query.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { statusesWaitingOn } from '../deadlines/deadline.js';
import { unitInRegionSql } from '../units/region-rule.js';

/** Signs a user out everywhere. */
export const endSessionsOf = defineCommand<{ userId: string }>('DELETE FROM session WHERE user_id = :userId');

export const unassignEverywhere = defineCommand<{ userId: string }>(
  'DELETE FROM evaluator_assignment WHERE user_id = :userId',
);

/** Uses a valid password link, once: the row names whose password it sets. */
export const usePasswordToken = defineQuery<{ tokenHash: string }, { user_id: string }>({
  sql: `UPDATE password_token SET used_at = now()
        WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
  columns: { user_id: 'uuid' },
});

/** Assigns every evaluator to every unit; a row for each assignment made or whose lead changed. */
export const assignEvaluators = defineQuery<
  { evaluatorIds: string[]; unitIds: string[]; lead: boolean },
  { user_id: string }
>({
  sql: `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
        SELECT e, u, :lead FROM unnest(:evaluatorIds::uuid[]) AS e CROSS JOIN unnest(:unitIds::uuid[]) AS u
        ON CONFLICT (user_id, unit_id) DO UPDATE SET lead = EXCLUDED.lead
          WHERE evaluator_assignment.lead IS DISTINCT FROM EXCLUDED.lead
        RETURNING user_id`,
  columns: { user_id: 'uuid' },
});

export const unassignEvaluators = defineCommand<{
  evaluatorIds: string[];
  unitIds: string[];
  instansiId: string;
}>(
  `DELETE FROM evaluator_assignment ea USING unit u
   WHERE u.id = ea.unit_id AND u.instansi_id = :instansiId
     AND ea.user_id = ANY(:evaluatorIds::uuid[]) AND ea.unit_id = ANY(:unitIds::uuid[])`,
);

export const unitOfInstansi = defineQuery<{ unitId: string; instansiId: string }, { found: number }>({
  sql: 'SELECT 1 AS found FROM unit WHERE id = :unitId AND instansi_id = :instansiId',
  columns: { found: 'integer' },
});

/** The instansi's active units an assignment selects: by ID, kind and region, each when given. */
export const selectedUnits = defineQuery<
  { instansiId: string; unitIds: string[] | null; kind: string | null; regionCode: string | null },
  { id: string; name: string }
>({
  sql: `SELECT u.id, u.name FROM unit u JOIN instansi i ON i.id = u.instansi_id
        WHERE u.instansi_id = :instansiId AND u.archived_at IS NULL
          AND (:unitIds::uuid[] IS NULL OR u.id = ANY(:unitIds::uuid[]))
          AND (:kind::text IS NULL OR u.kind = :kind)
          AND (:regionCode::text IS NULL OR ${unitInRegionSql('u.region_code', 'i.region_code', ':regionCode')})
        ORDER BY u.name`,
  columns: { id: 'uuid', name: 'text' },
});

/** Each evaluator's load: units, units they lead, and assessments waiting for review there. */
/** The statuses in which an assessment waits on the TPI's evaluation: an evaluator's pending reviews. */
const PENDING_REVIEW = statusesWaitingOn(AnswerLayer.TPI)
  .map((status) => `'${status}'`)
  .join(', ');

export const workloads = defineQuery<
  { userIds: readonly string[] },
  { user_id: string; units: number; leading: number; pending_reviews: number }
>({
  sql: `SELECT ea.user_id, count(*)::int AS units, count(*) FILTER (WHERE ea.lead)::int AS leading,
          count(a.id)::int AS pending_reviews
        FROM evaluator_assignment ea
        LEFT JOIN assessment a ON a.unit_id = ea.unit_id AND a.status IN (${PENDING_REVIEW})
        WHERE ea.user_id = ANY(:userIds::uuid[])
        GROUP BY ea.user_id`,
  columns: { user_id: 'uuid', units: 'integer', leading: 'integer', pending_reviews: 'integer' },
});
