import { defineCommand, defineQuery } from '../../common/sql-query.js';
import type { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import type { PredicateKind } from '../predicates/predicate.entity.js';
import { HELD_PREDICATE } from '../predicates/predicate-rules.js';
import type { WorkflowAction } from './workflow.machine.js';

export const recordTransition = defineCommand<{
  assessmentId: string;
  action: WorkflowAction;
  fromStatus: AssessmentStatus;
  toStatus: AssessmentStatus;
  actorId: string;
  reason: string | null;
}>(
  `INSERT INTO assessment_transition (assessment_id, action, from_status, to_status, actor_id, reason)
   VALUES (:assessmentId, :action, :fromStatus, :toStatus, :actorId, :reason)`,
);

/** A submission answers every question returned to the unit. */
export const resolveQuestionReturns = defineCommand<{ assessmentId: string }>(
  'UPDATE question_return SET resolved_at = now() WHERE assessment_id = :assessmentId AND resolved_at IS NULL',
);

export const returnQuestions = defineCommand<{
  assessmentId: string;
  returnedBy: string;
  codes: string[];
  reasons: string[];
}>(
  `INSERT INTO question_return (assessment_id, code, reason, returned_by)
   SELECT :assessmentId, code, reason, :returnedBy FROM unnest(:codes::text[], :reasons::text[]) AS t(code, reason)`,
);

export const activeUsersOfUnit = defineQuery<{ unitId: string }, { id: string }>({
  sql: 'SELECT id FROM app_user WHERE unit_id = :unitId AND active',
  columns: { id: 'uuid' },
});

/** The active team leads (ketua tim) of a unit's TPI but the approver, each with the approver's name. */
export const teamLeadsOfUnit = defineQuery<
  { unitId: string; approverId: string },
  { id: string; approver_name: string }
>({
  sql: `SELECT u.id, (SELECT name FROM app_user WHERE id = :approverId) AS approver_name
        FROM evaluator_assignment ea JOIN app_user u ON u.id = ea.user_id
        WHERE ea.unit_id = :unitId AND ea.lead AND u.active AND u.id <> :approverId`,
  columns: { id: 'uuid', approver_name: 'text' },
});

/** The day (in Jakarta) the assessment was last proposed, or null. */
export const lastProposalDay = defineQuery<
  { assessmentId: string; propose: WorkflowAction },
  { day: string | null }
>({
  sql: `SELECT to_char(max(occurred_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS day
        FROM assessment_transition WHERE assessment_id = :assessmentId AND action = :propose`,
  columns: { day: 'text' },
});

export const holdsWbk = defineQuery<{ unitId: string }, { held: number }>({
  sql: `SELECT 1 AS held FROM ${HELD_PREDICATE} WHERE unit_id = :unitId AND kind = 'wbk' LIMIT 1`,
  columns: { held: 'integer' },
});

export const recordPredicate = defineCommand<{
  unitId: string;
  kind: PredicateKind;
  year: number;
  decreeNumber: string;
  decreeDate: string;
}>(
  `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date)
   VALUES (:unitId, :kind, :year, :decreeNumber, :decreeDate)`,
);

/** The assessments in `status` at the units whose TPI the viewer leads (ketua tim). */
export const heldAtUnitsLedBy = defineQuery<{ viewerId: string; status: AssessmentStatus }, { id: string }>({
  sql: `SELECT a.id FROM assessment a
        JOIN evaluator_assignment ea ON ea.unit_id = a.unit_id AND ea.user_id = :viewerId AND ea.lead
        WHERE a.status = :status`,
  columns: { id: 'uuid' },
});

/** The facts beyond status and role that the machine weighs, for many assessments of one viewer. */
export const moveContexts = defineQuery<
  { assessmentIds: readonly string[]; viewerId: string; approve: WorkflowAction },
  { id: string; second_review: boolean; is_team_lead: boolean; approved_by_viewer: boolean }
>({
  sql: `SELECT a.id, i.second_review,
          EXISTS (SELECT 1 FROM evaluator_assignment ea
                  WHERE ea.unit_id = a.unit_id AND ea.user_id = :viewerId AND ea.lead) AS is_team_lead,
          coalesce((SELECT t.actor_id = :viewerId FROM assessment_transition t
                    WHERE t.assessment_id = a.id AND t.action = :approve ORDER BY t.id DESC LIMIT 1), false)
            AS approved_by_viewer
        FROM assessment a JOIN unit u ON u.id = a.unit_id JOIN instansi i ON i.id = u.instansi_id
        WHERE a.id = ANY(:assessmentIds::uuid[])`,
  columns: { id: 'uuid', second_review: 'boolean', is_team_lead: 'boolean', approved_by_viewer: 'boolean' },
});

export const layerScore = defineQuery<
  { assessmentId: string; layer: AnswerLayer },
  { question_scores: Record<string, { status: string }> }
>({
  sql: 'SELECT question_scores FROM assessment_score WHERE assessment_id = :assessmentId AND layer = :layer',
  columns: { question_scores: 'jsonb' },
});

/** The moves of many assessments, oldest first, as `AssessmentTransition` reads them. */
export const transitionsOf = defineQuery<
  { assessmentIds: string[] },
  {
    id: string;
    assessmentId: string;
    action: WorkflowAction;
    fromStatus: AssessmentStatus;
    toStatus: AssessmentStatus;
    actorId: string | null;
    reason: string | null;
    occurredAt: Date;
  }
>({
  sql: `SELECT id, assessment_id AS "assessmentId", action, from_status AS "fromStatus", to_status AS "toStatus",
          actor_id AS "actorId", reason, occurred_at AS "occurredAt"
        FROM assessment_transition WHERE assessment_id = ANY(:assessmentIds::uuid[]) ORDER BY id`,
  columns: {
    id: 'bigint',
    assessmentId: 'uuid',
    action: 'text',
    fromStatus: 'text',
    toStatus: 'text',
    actorId: 'uuid',
    reason: 'text',
    occurredAt: 'timestamp with time zone',
  },
});

/** The questions of many assessments returned and not yet resubmitted, as `QuestionReturn` reads them. */
export const openReturnsOf = defineQuery<
  { assessmentIds: string[] },
  {
    id: string;
    assessmentId: string;
    code: string;
    reason: string;
    returnedBy: string | null;
    returnedAt: Date;
    resolvedAt: Date | null;
  }
>({
  sql: `SELECT id, assessment_id AS "assessmentId", code, reason, returned_by AS "returnedBy",
          returned_at AS "returnedAt", resolved_at AS "resolvedAt"
        FROM question_return WHERE assessment_id = ANY(:assessmentIds::uuid[]) AND resolved_at IS NULL
        ORDER BY returned_at, code`,
  columns: {
    id: 'uuid',
    assessmentId: 'uuid',
    code: 'text',
    reason: 'text',
    returnedBy: 'uuid',
    returnedAt: 'timestamp with time zone',
    resolvedAt: 'timestamp with time zone',
  },
});
