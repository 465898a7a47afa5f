import {
  type Answers,
  type GroupPoints,
  type GroupScore,
  type QuestionScore,
  requireFramework,
  type ScoreReport,
  scoreAnswers,
  type TargetId,
} from '@zi/lke';
import type { EntityManager } from 'typeorm';
import { AnswerLayer } from './assessment.entity.js';

const LAYERS = new Set<string>(Object.values(AnswerLayer));

/**
 * Every stored layer score rescored by the engine this code ships with, as if each worksheet were
 * saved again: for migrations that change how a score is computed or kept.
 */
export async function rescoreStoredLayers(manager: EntityManager): Promise<void> {
  const layers = (await manager.query(
    `SELECT s.assessment_id AS id, s.layer, a.framework_code
     FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id
     ORDER BY s.assessment_id, s.layer`,
  )) as Array<{ id: string; layer: string; framework_code: string }>;
  for (const { id, layer, framework_code } of layers) {
    if (!LAYERS.has(layer)) continue;
    await recomputeLayerScore(manager, { id, frameworkCode: framework_code }, layer as AnswerLayer);
  }
}

/**
 * Rescores one layer from all its answers with @zi/lke and stores the result, inside the caller's
 * transaction: the stored score is always the engine's verdict on the answers beside it.
 */
export async function recomputeLayerScore(
  manager: EntityManager,
  assessment: { id: string; frameworkCode: string },
  layer: AnswerLayer,
): Promise<void> {
  const rows = (await manager.query(
    'SELECT code, value FROM answer WHERE assessment_id = $1 AND layer = $2',
    [assessment.id, layer],
  )) as { code: string; value: string | number | null }[];
  const answers: Answers = Object.fromEntries(rows.map((row) => [row.code, row.value]));
  const framework = requireFramework(assessment.frameworkCode);
  const report = scoreAnswers(framework, answers);
  const root = report.groups[framework.tree.code];
  await manager.query(
    `INSERT INTO assessment_score (assessment_id, layer, total, answered, questions, groups, question_scores, points, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (assessment_id, layer) DO UPDATE SET total = EXCLUDED.total, answered = EXCLUDED.answered,
       questions = EXCLUDED.questions, groups = EXCLUDED.groups, question_scores = EXCLUDED.question_scores,
       points = EXCLUDED.points, computed_at = EXCLUDED.computed_at`,
    [
      assessment.id,
      layer,
      report.total,
      root?.answered ?? 0,
      root?.questions ?? 0,
      JSON.stringify(report.groups),
      JSON.stringify(report.questions),
      JSON.stringify(storedPointsOf(report.groups)),
    ],
  );
}

/**
 * Stored points, `{ code: [score, weight, exact] }`: the groups as lists over many units read them;
 * `exact` ("n/d", decision 0033) keeps thresholds exact; rows scored before it have two elements.
 */
export type StoredPoints = Record<string, [number, number] | [number, number, string]>;

/** The points a layer's groups are stored as: the one definition the API writes and checks read. */
export const storedPointsOf = (groups: Record<string, GroupScore>): StoredPoints =>
  Object.fromEntries(
    Object.values(groups).map((group) => [group.code, [group.score, group.weight, group.exact]]),
  );

/** Stored points as the engine's `GroupPoints`, for areas and eligibility. */
export function groupPointsOf(points: StoredPoints): GroupPoints {
  return {
    groups: Object.fromEntries(
      Object.entries(points).map(([code, [score, weight, exact]]) => [code, { score, weight, exact }]),
    ),
  };
}

/** A layer's stored scores as the engine's report, so eligibility and priorities derive on read. */
export function storedReport(
  frameworkCode: string,
  total: number,
  groups: Record<string, GroupScore>,
  questions: Record<string, QuestionScore>,
): ScoreReport {
  return { frameworkCode, total, groups, questions, unanswered: [] };
}

/** A predicate kind as stored (`wbk`, `wbbm`) in the engine's terms. */
export const targetOf = (kind: string): TargetId => (kind === 'wbbm' ? 'WBBM' : 'WBK');
