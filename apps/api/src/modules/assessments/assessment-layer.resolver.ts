import {
  checkEligibility,
  requireFramework,
  type TargetId,
  type TargetResult,
  whatToFixFirst,
} from '@zi/lke';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { heldKinds } from '../predicates/predicate-rules.js';
import { Answer } from './answer.entity.js';
import type { AssessmentScore } from './assessment-score.entity.js';
import { storedReport, targetOf } from './layer-score.js';
import {
  AssessmentLayerView,
  EligibilityView,
  LayerScoreView,
  PriorityView,
  type QuestionStatus,
  type RuleMeasure,
} from './score.types.js';

const reportOf = (stored: AssessmentScore, frameworkCode: string) =>
  storedReport(frameworkCode, stored.total, stored.groups, stored.questionScores);

/** The layer's stored score, unless the viewer may not see the layer yet. */
function storedScore(view: AssessmentLayerView, ctx: Context): Promise<AssessmentScore | null> | null {
  return view.visible
    ? ctx.loaders.scoreByLayer.load({ assessmentId: view.assessmentId, layer: view.layer })
    : null;
}

async function heldPredicates(ctx: Context, unitId: string): Promise<TargetId[]> {
  const predicates = await ctx.loaders.predicatesByUnit.load(unitId);
  return heldKinds(predicates).map(targetOf);
}

/**
 * The layer's eligibility by @zi/lke, once per stored score a request loaded: `eligibility` and
 * `priorities` both start from it.
 */
const eligibilityByScore = new WeakMap<AssessmentScore, Promise<TargetResult[]>>();

function eligibilityOf(view: AssessmentLayerView, stored: AssessmentScore, ctx: Context) {
  let results = eligibilityByScore.get(stored);
  if (!results) {
    results = heldPredicates(ctx, view.unitId).then((held) =>
      checkEligibility(requireFramework(view.frameworkCode), reportOf(stored, view.frameworkCode), {
        heldPredicates: held,
      }),
    );
    eligibilityByScore.set(stored, results);
  }
  return results;
}

/** Reads stored scores; eligibility and priorities are derived from them by @zi/lke on read. */
@Resolver(() => AssessmentLayerView)
export class AssessmentLayerResolver {
  @FieldResolver(() => [Answer])
  async answers(@Root() view: AssessmentLayerView, @Ctx() ctx: Context): Promise<Answer[]> {
    if (!view.visible) return [];
    return ctx.loaders.answersByLayer.load({ assessmentId: view.assessmentId, layer: view.layer });
  }

  @FieldResolver(() => LayerScoreView, { nullable: true })
  async score(@Root() view: AssessmentLayerView, @Ctx() ctx: Context): Promise<LayerScoreView | null> {
    const stored = await storedScore(view, ctx);
    if (!stored) return null;
    return {
      total: stored.total,
      answered: stored.answered,
      questions: stored.questions,
      groups: Object.values(stored.groups),
      questionScores: Object.values(stored.questionScores).map((score) => ({
        ...score,
        status: score.status as QuestionStatus,
      })),
      computedAt: stored.computedAt,
    };
  }

  @FieldResolver(() => [EligibilityView], { description: 'WBK and WBBM, rule by rule; empty until scored.' })
  async eligibility(@Root() view: AssessmentLayerView, @Ctx() ctx: Context): Promise<EligibilityView[]> {
    const stored = await storedScore(view, ctx);
    if (!stored) return [];
    const results = await eligibilityOf(view, stored, ctx);
    return results.map((result) => ({
      ...result,
      target: result.target === 'WBBM' ? PredicateKind.WBBM : PredicateKind.WBK,
      rules: result.rules.map((rule) => ({ ...rule, measure: rule.kind as RuleMeasure })),
    }));
  }

  @FieldResolver(() => [PriorityView], { description: 'What to fix first: where the next points come from.' })
  async priorities(
    @Root() view: AssessmentLayerView,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PriorityView[]> {
    if (first < 1 || first > 200)
      throw badInput('first', `first must be between 1 and 200 (got ${first})`, {
        reason: RefusalReason.PAGE_SIZE,
        min: 1,
        max: 200,
      });
    const stored = await storedScore(view, ctx);
    if (!stored) return [];
    const framework = requireFramework(view.frameworkCode);
    const eligibility = await eligibilityOf(view, stored, ctx);
    return whatToFixFirst(framework, reportOf(stored, view.frameworkCode), eligibility).slice(0, first);
  }
}
