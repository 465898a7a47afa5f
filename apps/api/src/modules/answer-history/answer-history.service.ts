import { requireFramework } from '@zi/lke';
import { badInput } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import type { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { AnswerChange, AnswerChangeKind, type AnswerSnapshot } from './answer-change.types.js';
import {
  type AnswerRow,
  answerChanges,
  type EvidenceRow,
  evidenceChanges,
  HISTORY_LIMIT,
  type StoredAnswer,
} from './answer-history.queries.js';

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
    return answerChanges(this.db.manager, { assessmentId, codes, layers });
  }

  private evidenceRows(assessmentId: string, code: string, layers: readonly AnswerLayer[]) {
    return evidenceChanges(this.db.manager, { assessmentId, code, layers });
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
