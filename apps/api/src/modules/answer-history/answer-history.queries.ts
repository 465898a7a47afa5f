import { defineQuery } from '../../common/sql-query.js';
import type { AnswerLayer } from '../assessments/assessment.entity.js';

/** A question's history is long only when something went very wrong; the newest are shown. */
export const HISTORY_LIMIT = 500;

export interface StoredAnswer {
  value?: string | number | null;
  note?: string | null;
}

export interface AnswerRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  layer: AnswerLayer;
  code: string;
  before: StoredAnswer | null;
  after: StoredAnswer | null;
}

export interface EvidenceRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  action: string;
  layer: AnswerLayer;
  code: string;
  names: string[];
}

/** The audited changes of the questions' answers in the layers, newest first. */
export const answerChanges = defineQuery<
  { assessmentId: string; codes: string[]; layers: readonly AnswerLayer[] },
  AnswerRow
>({
  sql: `SELECT e.id, e.occurred_at, e.actor_user_id, e.after->>'layer' AS layer, k.code,
          e.before->'answers'->k.code AS before, e.after->'answers'->k.code AS after
        FROM audit_event e CROSS JOIN LATERAL jsonb_object_keys(e.after->'answers') AS k(code)
        WHERE e.entity = 'assessment' AND e.entity_id = :assessmentId AND e.action = 'answers.set'
          AND k.code = ANY(:codes) AND e.after->>'layer' = ANY(:layers)
        ORDER BY e.id DESC LIMIT ${HISTORY_LIMIT}`,
  columns: {
    id: 'bigint',
    occurred_at: 'timestamp with time zone',
    actor_user_id: 'uuid',
    layer: 'text',
    code: 'text',
    before: 'jsonb',
    after: 'jsonb',
  },
});

/** The audited changes of the question's evidence in the layers, newest first. */
export const evidenceChanges = defineQuery<
  { assessmentId: string; code: string; layers: readonly AnswerLayer[] },
  EvidenceRow
>({
  sql: `SELECT * FROM (
          SELECT e.id, e.occurred_at, e.actor_user_id, e.action,
            coalesce(e.after->>'layer', removed.layer) AS layer,
            coalesce(e.after->>'code', e.before->>'code') AS code,
            CASE WHEN e.after ? 'files'
              THEN ARRAY(SELECT f->>'name' FROM jsonb_array_elements(e.after->'files') AS f)
              ELSE ARRAY[coalesce(e.after->>'name', e.before->>'name')] END AS names
          FROM audit_event e
          LEFT JOIN evidence removed ON removed.id::text = e.before->>'evidenceId' AND e.action = 'evidence.remove'
          WHERE e.entity = 'assessment' AND e.entity_id = :assessmentId AND e.action LIKE 'evidence.%'
        ) AS change
        WHERE change.code = :code AND change.layer = ANY(:layers)
        ORDER BY change.id DESC LIMIT ${HISTORY_LIMIT}`,
  columns: {
    id: 'bigint',
    occurred_at: 'timestamp with time zone',
    actor_user_id: 'uuid',
    action: 'text',
    layer: 'text',
    code: 'text',
    names: 'text[]',
  },
});
