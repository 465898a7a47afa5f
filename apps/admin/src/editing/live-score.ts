import {
  type Answers,
  checkEligibility,
  type RuleResult as EngineRule,
  type QuestionStatus as EngineStatus,
  type Framework,
  scoreAnswers,
  type TargetId,
  whatToFixFirst,
} from '@zi/lke';
import type { QuestionStatus, RuleMeasure, WorksheetLayerFragment } from '@zi/schema/admin';
import type { AnswerValue } from '../worksheet/types';
import { scoredValue } from './answer-value';

/** What the worksheet shows of a layer's score, as the API sends it after saving. */
export type LayerVerdict = Pick<WorksheetLayerFragment, 'score' | 'eligibility' | 'priorities'>;

const STATUS: Record<EngineStatus, QuestionStatus> = {
  answered: 'ANSWERED',
  unanswered: 'UNANSWERED',
  notApplicable: 'NOT_APPLICABLE',
};

const MEASURE: Record<EngineRule['kind'], RuleMeasure> = {
  minScore: 'POINTS',
  minPercentOfWeight: 'PERCENT_OF_WEIGHT',
  priorPredicate: 'PREDICATE',
};

/** As many priorities as the worksheet asks the API for. */
const PRIORITIES = 10;

/** The engine's input: each code's option or number; notes do not score. */
export function scoringInput(answers: ReadonlyMap<string, AnswerValue>): Answers {
  return Object.fromEntries([...answers].map(([code, answer]) => [code, scoredValue(answer)]));
}

/**
 * Score, eligibility and priorities of the answers on screen, computed here with the same engine
 * the API stores its score with: after saving, the stored numbers are these.
 */
export function liveVerdict(framework: Framework, input: Answers, held: readonly TargetId[]): LayerVerdict {
  const report = scoreAnswers(framework, input);
  const root = report.groups[framework.tree.code];
  const eligibility = checkEligibility(framework, report, { heldPredicates: held });
  return {
    score: {
      total: report.total,
      answered: root?.answered ?? 0,
      questions: root?.questions ?? 0,
      groups: Object.values(report.groups),
      questionScores: Object.values(report.questions).map((score) => ({
        code: score.code,
        status: STATUS[score.status],
        ratio: score.ratio,
        percent: score.percent ?? null,
        zeroDenominator: score.zeroDenominator ?? null,
      })),
    },
    eligibility: eligibility.map((target) => ({
      target: target.target,
      label: target.label,
      eligible: target.eligible,
      rules: target.rules.map(({ kind, ...rule }) => ({ ...rule, measure: MEASURE[kind] })),
    })),
    priorities: whatToFixFirst(framework, report, eligibility).slice(0, PRIORITIES),
  };
}
