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
import { layerAnswerValues, storedLayerScores, storeLayerScore } from './assessments.queries.js';

const LAYERS = new Set<string>(Object.values(AnswerLayer));

/**
 * Every stored layer score rescored by the engine this code ships with, as if each worksheet were
 * saved again: for migrations that change how a score is computed or kept.
 */
export async function rescoreStoredLayers(manager: EntityManager): Promise<void> {
  const layers = await storedLayerScores(manager);
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
  const rows = await layerAnswerValues(manager, { assessmentId: assessment.id, layer });
  const answers: Answers = Object.fromEntries(rows.map((row) => [row.code, row.value]));
  const framework = requireFramework(assessment.frameworkCode);
  const report = scoreAnswers(framework, answers);
  const root = report.groups[framework.tree.code];
  await storeLayerScore(manager, {
    assessmentId: assessment.id,
    layer,
    total: report.total,
    answered: root?.answered ?? 0,
    questions: root?.questions ?? 0,
    groups: JSON.stringify(report.groups),
    questionScores: JSON.stringify(report.questions),
    points: JSON.stringify(storedPointsOf(report.groups)),
  });
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
