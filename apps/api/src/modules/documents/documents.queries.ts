import type { GroupScore, QuestionScore } from '@zi/lke';
import { defineQuery } from '../../common/sql-query.js';
import type { AnswerLayer } from '../assessments/assessment.entity.js';
import { HELD_PREDICATE } from '../predicates/predicate-rules.js';
import type { LayerAnswers } from './lke-workbook.export.js';

/** A layer's answers and its stored scores (none before it is first scored). */
export interface LayerData {
  answers: LayerAnswers;
  groups: Record<string, GroupScore> | null;
  questions: Record<string, QuestionScore> | null;
}

type LayerKey = { assessmentId: string; layer: AnswerLayer };

export const layerAnswers = defineQuery<
  LayerKey,
  { code: string; value: string | number | null; note: string | null }
>({
  sql: 'SELECT code, value, note FROM answer WHERE assessment_id = :assessmentId AND layer = :layer',
  columns: { code: 'text', value: 'jsonb', note: 'text' },
});

export const layerScores = defineQuery<
  LayerKey,
  { groups: LayerData['groups']; question_scores: LayerData['questions'] }
>({
  sql: 'SELECT groups, question_scores FROM assessment_score WHERE assessment_id = :assessmentId AND layer = :layer',
  columns: { groups: 'jsonb', question_scores: 'jsonb' },
});

export const answerVersions = defineQuery<LayerKey, { code: string; version: number }>({
  sql: 'SELECT code, version FROM answer WHERE assessment_id = :assessmentId AND layer = :layer',
  columns: { code: 'text', version: 'integer' },
});

/** The unit's and its instansi's names, for a document's heading. */
export const unitHeading = defineQuery<
  { unitId: string },
  { name: string; instansi: string; instansi_id: string }
>({
  sql: 'SELECT u.name, i.name AS instansi, i.id AS instansi_id FROM unit u JOIN instansi i ON i.id = u.instansi_id WHERE u.id = :unitId',
  columns: { name: 'text', instansi: 'text', instansi_id: 'uuid' },
});

/** The unit's current evidence, oldest first. */
export const unitEvidence = defineQuery<
  { assessmentId: string },
  { code: string; name: string; url: string | null; id: string }
>({
  sql: `SELECT code, name, url, id FROM evidence WHERE assessment_id = :assessmentId AND layer = 'unit'
        AND replaced_by IS NULL AND removed_at IS NULL ORDER BY created_at`,
  columns: { code: 'text', name: 'text', url: 'text', id: 'uuid' },
});

export const heldPredicates = defineQuery<{ unitId: string }, { kind: string }>({
  sql: `SELECT kind FROM ${HELD_PREDICATE} WHERE unit_id = :unitId`,
  columns: { kind: 'text' },
});

export const questionReturns = defineQuery<{ assessmentId: string }, { code: string; reason: string }>({
  sql: 'SELECT code, reason FROM question_return WHERE assessment_id = :assessmentId ORDER BY returned_at, code',
  columns: { code: 'text', reason: 'text' },
});

/** The unit's TPI team: its assigned evaluators, the team lead first, then by name. */
export const tpiTeam = defineQuery<{ unitId: string }, { name: string; lead: boolean }>({
  sql: `SELECT u.name, ea.lead FROM evaluator_assignment ea JOIN app_user u ON u.id = ea.user_id
        WHERE ea.unit_id = :unitId AND u.active ORDER BY ea.lead DESC, u.name`,
  columns: { name: 'text', lead: 'boolean' },
});

/**
 * When the evaluation ran, as days in Indonesia: from the unit's first submission to the TPI's
 * last verdict (null while there is none).
 */
export const evaluationPeriod = defineQuery<
  { assessmentId: string },
  { submitted_on: string | null; evaluated_on: string | null }
>({
  sql: `SELECT to_char(min(occurred_at) FILTER (WHERE to_status = 'submitted') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS submitted_on,
               to_char(max(occurred_at) FILTER (WHERE to_status = 'evaluated') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS evaluated_on
        FROM assessment_transition WHERE assessment_id = :assessmentId`,
  columns: { submitted_on: 'text', evaluated_on: 'text' },
});
