import type {
  AnswerValue,
  GroupScore,
  LayerScore,
  LkeCount,
  LkeQuestion,
  QuestionScore,
  TargetEligibility,
} from './types';

/** One layer's answers and scores, by question, count input or group code. */
export interface LayerIndex {
  answers: ReadonlyMap<string, AnswerValue>;
  groups: ReadonlyMap<string, GroupScore>;
  questions: ReadonlyMap<string, QuestionScore>;
}

/** A layer's answers and score: as stored, or as computed live while editing. */
export interface LayerAnswers {
  answers: readonly (AnswerValue & { code: string })[];
  score: Pick<LayerScore, 'groups' | 'questionScores'> | null;
}

const byCode = <T extends { code: string }>(items: readonly T[] = []) =>
  new Map(items.map((item) => [item.code, item]));

export function indexLayer(layer: LayerAnswers | null): LayerIndex {
  return {
    answers: byCode(layer?.answers),
    groups: byCode(layer?.score?.groups),
    questions: byCode(layer?.score?.questionScores),
  };
}

/** A question as the layer answered and scored it; count inputs are answers under their own codes. */
export interface QuestionResult {
  answer: AnswerValue | null;
  counts: { count: LkeCount; answer: AnswerValue | null }[];
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

const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  a === b || (a?.option === b?.option && a?.number === b?.number && a?.note === b?.note);

const sameScore = (a: QuestionScore | undefined, b: QuestionScore | undefined) =>
  a === b || (a?.status === b?.status && a?.ratio === b?.ratio && a?.percent === b?.percent);

/** Whether a question reads the same in two indexes: its answers, counts, notes and score. */
export function sameQuestionResult(question: LkeQuestion, a: LayerIndex, b: LayerIndex): boolean {
  if (a === b) return true;
  const codes = [question.code, ...question.counts.map((count) => count.code)];
  return (
    sameScore(a.questions.get(question.code), b.questions.get(question.code)) &&
    codes.every((code) => sameValue(a.answers.get(code), b.answers.get(code)))
  );
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
