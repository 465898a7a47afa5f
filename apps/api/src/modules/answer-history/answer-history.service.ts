import { requireFramework } from '@zi/lke';
import { badInput } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import type { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { AnswerChange, AnswerChangeKind, type AnswerSnapshot } from './answer-change.types.js';

/** A question's history is long only when something went very wrong; the newest are shown. */
const HISTORY_LIMIT = 500;

interface StoredAnswer {
  value?: string | number | null;
  note?: string | null;
}

interface AnswerRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  layer: AnswerLayer;
  code: string;
  before: StoredAnswer | null;
  after: StoredAnswer | null;
}

interface EvidenceRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  action: string;
  layer: AnswerLayer;
  code: string;
  names: string[];
}

const KIND_OF_EVIDENCE_ACTION: Record<string, AnswerChangeKind> = {
  'evidence.add': AnswerChangeKind.EVIDENCE_ADDED,
  'evidence.replace': AnswerChangeKind.EVIDENCE_REPLACED,
  'evidence.link': AnswerChangeKind.EVIDENCE_LINKED,
  'evidence.remove': AnswerChangeKind.EVIDENCE_REMOVED,
};

function snapshot(stored: StoredAnswer | null): AnswerSnapshot | null {
  if (!stored) return null;
  const value = stored.value ?? null;
  return {
    option: typeof value === 'string' ? value : null,
    number: typeof value === 'number' ? value : null,
    note: stored.note ?? null,
  };
}

/** Reads one question's changes from the audit trail, which every write appends to. */
export class AnswerHistoryService {
  constructor(private readonly db: Db) {}

  async of(
    assessment: Assessment,
    code: string,
    visibleLayers: readonly AnswerLayer[],
  ): Promise<AnswerChange[]> {
    const entry = requireFramework(assessment.frameworkCode).questions.get(code);
    if (!entry) {
      throw badInput('code', `code: no question "${code}" in ${assessment.frameworkCode}`, {
        reason: RefusalReason.UNKNOWN_QUESTION,
        questionCode: code,
      });
    }
    const codes = [code, ...(entry.node.counts ?? []).map((count) => count.code)];
    const [answers, evidence] = await Promise.all([
      this.answerRows(assessment.id, codes, visibleLayers),
      this.evidenceRows(assessment.id, code, visibleLayers),
    ]);
    const changes = [
      ...answers.map((row) => ({ id: row.id, change: answerChange(row) })),
      ...evidence.map((row) => ({ id: row.id, change: evidenceChange(row) })),
    ];
    return changes
      .sort((a, b) => Number(BigInt(b.id) - BigInt(a.id)))
      .slice(0, HISTORY_LIMIT)
      .map(({ change }) => change);
  }

  private answerRows(assessmentId: string, codes: string[], layers: readonly AnswerLayer[]) {
    return this.db.manager.query(
      `SELECT e.id, e.occurred_at, e.actor_user_id, e.after->>'layer' AS layer, k.code,
         e.before->'answers'->k.code AS before, e.after->'answers'->k.code AS after
       FROM audit_event e CROSS JOIN LATERAL jsonb_object_keys(e.after->'answers') AS k(code)
       WHERE e.entity = 'assessment' AND e.entity_id = $1 AND e.action = 'answers.set'
         AND k.code = ANY($2) AND e.after->>'layer' = ANY($3)
       ORDER BY e.id DESC LIMIT ${HISTORY_LIMIT}`,
      [assessmentId, codes, layers],
    ) as Promise<AnswerRow[]>;
  }

  private evidenceRows(assessmentId: string, code: string, layers: readonly AnswerLayer[]) {
    return this.db.manager.query(
      `SELECT * FROM (
         SELECT e.id, e.occurred_at, e.actor_user_id, e.action,
           coalesce(e.after->>'layer', removed.layer) AS layer,
           coalesce(e.after->>'code', e.before->>'code') AS code,
           CASE WHEN e.after ? 'files'
             THEN ARRAY(SELECT f->>'name' FROM jsonb_array_elements(e.after->'files') AS f)
             ELSE ARRAY[coalesce(e.after->>'name', e.before->>'name')] END AS names
         FROM audit_event e
         LEFT JOIN evidence removed ON removed.id::text = e.before->>'evidenceId' AND e.action = 'evidence.remove'
         WHERE e.entity = 'assessment' AND e.entity_id = $1 AND e.action LIKE 'evidence.%'
       ) AS change
       WHERE change.code = $2 AND change.layer = ANY($3)
       ORDER BY change.id DESC LIMIT ${HISTORY_LIMIT}`,
      [assessmentId, code, layers],
    ) as Promise<EvidenceRow[]>;
  }
}

function answerChange(row: AnswerRow): AnswerChange {
  return Object.assign(new AnswerChange(), {
    occurredAt: row.occurred_at,
    actorId: row.actor_user_id,
    layer: row.layer,
    kind: AnswerChangeKind.ANSWER,
    code: row.code,
    before: snapshot(row.before),
    after: snapshot(row.after),
    evidenceNames: [],
  });
}

function evidenceChange(row: EvidenceRow): AnswerChange {
  return Object.assign(new AnswerChange(), {
    occurredAt: row.occurred_at,
    actorId: row.actor_user_id,
    layer: row.layer,
    kind: KIND_OF_EVIDENCE_ACTION[row.action] ?? AnswerChangeKind.EVIDENCE_ADDED,
    code: row.code,
    before: null,
    after: null,
    evidenceNames: row.names.filter((name) => name !== null),
  });
}
