import type { WorksheetLayerFragment } from '@zi/schema/admin';
import type {
  GroupScore,
  LkeCount,
  LkeQuestion,
  QuestionScore,
  TargetEligibility,
  WorksheetAnswer,
} from './types';

/** One layer's answers and stored scores, by question, count input or group code. */
export interface LayerIndex {
  answers: ReadonlyMap<string, WorksheetAnswer>;
  groups: ReadonlyMap<string, GroupScore>;
  questions: ReadonlyMap<string, QuestionScore>;
}

const byCode = <T extends { code: string }>(items: readonly T[] = []) =>
  new Map(items.map((item) => [item.code, item]));

export function indexLayer(layer: Pick<WorksheetLayerFragment, 'answers' | 'score'> | null): LayerIndex {
  return {
    answers: byCode(layer?.answers),
    groups: byCode(layer?.score?.groups),
    questions: byCode(layer?.score?.questionScores),
  };
}

/** A question as the layer answered and scored it; count inputs are answers under their own codes. */
export interface QuestionResult {
  answer: WorksheetAnswer | null;
  counts: { count: LkeCount; answer: WorksheetAnswer | null }[];
  score: QuestionScore | null;
  /** The notes on its answer and on its count inputs' answers. */
  notes: string[];
}

export function questionResult(question: LkeQuestion, index: LayerIndex): QuestionResult {
  const answer = index.answers.get(question.code) ?? null;
  const counts = question.counts.map((count) => ({ count, answer: index.answers.get(count.code) ?? null }));
  return {
    answer,
    counts,
    score: index.questions.get(question.code) ?? null,
    notes: [answer, ...counts.map((count) => count.answer)].flatMap((item) =>
      item?.note ? [item.note] : [],
    ),
  };
}

/** A failing condition a priority helps, named once with every target it fails in. */
export interface HelpedRule {
  id: string;
  /** The label without its threshold, which differs by target: "Nilai total ≥ 75" → "Nilai total". */
  name: string;
  targets: TargetEligibility['target'][];
}

/** The conditions behind a priority's `TARGET/ruleId` references, in the order first named. */
export function helpedRules(
  helps: readonly string[],
  eligibility: readonly TargetEligibility[],
): HelpedRule[] {
  const rules = new Map<string, HelpedRule>();
  for (const key of helps) {
    const [targetId, ruleId] = key.split('/');
    const target = eligibility.find((candidate) => candidate.target === targetId);
    const rule = target?.rules.find((candidate) => candidate.id === ruleId);
    if (!target || !rule) continue;
    const helped = rules.get(rule.id) ?? { id: rule.id, name: rule.label.split(' ≥ ')[0] ?? '', targets: [] };
    helped.targets.push(target.target);
    rules.set(rule.id, helped);
  }
  return [...rules.values()];
}
