import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsRegionCode } from '../../common/validation.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { RuleMeasure } from '../assessments/score.types.js';
import { ChangeArea } from '../monitoring/change-area.js';
import { ProgressJudgement } from '../monitoring/monitoring-progress.entity.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import type { UnitScope } from '../units/unit.scope.js';
import type { LayerFacts } from './layer-facts.js';

@InputType({ description: 'Narrows the dashboard to some units; all given must hold.' })
export class DashboardFilter {
  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string | null;
}

/** The dashboard of one year, as asked; each part is computed only when a client asks for it. */
@ObjectType({ description: 'The portfolio of units in the viewer’s scope, in one program year.' })
export class PortfolioDashboard {
  @Field(() => Int)
  year: number;

  scope: UnitScope;
  filter: DashboardFilter;
  /** Shared by the heatmap, the gaps and the risks: one query for all three. */
  latestScores?: Promise<LatestScores[]>;
}

export interface LatestScores {
  unitId: string;
  unitName: string;
  assessmentId: string;
  frameworkCode: string;
  year: number;
  unit: LayerAreas | null;
  tpi: LayerAreas | null;
  /**
   * The layer that counts: the TPI's once approved, the unit's before, and only a final one
   * (`isFinalLayer`); null while the worksheet is work in progress.
   */
  counted: LayerAreas | null;
  held: PredicateKind[];
}

export interface LayerAreas {
  layer: AnswerLayer;
  total: number;
  answered: number;
  questions: number;
  /** Final enough to rank and compare (`isFinalLayer`, decision 0036). */
  final: boolean;
  areas: Map<string, number>;
  /** Its areas and the eligibility rules its points fail (decision 0046). */
  facts: LayerFacts;
}

@ObjectType()
export class FunnelStep {
  @Field({ description: 'A stage, or NOT_STARTED for units that have not declared ZI.' })
  stage: string;

  @Field(() => Int)
  units: number;
}

@ObjectType()
export class AreaPercent {
  @Field(() => ChangeArea)
  area: ChangeArea;

  @Field(() => Float, { description: 'Score as a percentage of the area’s weight.' })
  percent: number;
}

@ObjectType({ description: 'A unit’s latest score per change area.' })
export class HeatmapRow {
  unitId: string;

  @Field(() => Unit)
  unit?: Unit;

  @Field(() => ID, { description: 'The assessment whose scores are shown.' })
  assessmentId: string;

  @Field(() => Int, { description: 'The year of the assessment shown (the latest up to the dashboard’s).' })
  year: number;

  @Field({ description: 'Whether the TPI’s approved score is shown; otherwise the unit’s own.' })
  evaluated: boolean;

  @Field(() => Float)
  total: number;

  @Field(() => Int, { description: 'Questions answered in the layer shown.' })
  answered: number;

  @Field(() => Int, { description: 'Questions in its worksheet.' })
  questions: number;

  @Field(() => [AreaPercent])
  areas: AreaPercent[];
}

@ObjectType({
  description:
    'A unit’s latest worksheet still in progress: no layer final enough to rank (decision 0036), so it is left out of the heatmap, gaps and risks.',
})
export class IncompleteScore {
  unitId: string;

  @Field(() => Unit)
  unit?: Unit;

  @Field(() => ID, { description: 'The assessment whose scores are shown.' })
  assessmentId: string;

  @Field(() => Int)
  year: number;

  @Field(() => AnswerLayer, { description: 'The layer shown: the TPI’s if it has answers, else the unit’s.' })
  layer: AnswerLayer;

  @Field(() => Float, { description: 'The score so far: not a result.' })
  total: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  questions: number;
}

@ObjectType({ description: 'Where a unit rated itself above (or below) the TPI, per area.' })
export class GapRow {
  unitId: string;

  @Field(() => Unit)
  unit?: Unit;

  @Field(() => ID, { description: 'The assessment whose scores are shown.' })
  assessmentId: string;

  @Field(() => ChangeArea)
  area: ChangeArea;

  @Field(() => Float)
  selfPercent: number;

  @Field(() => Float)
  tpiPercent: number;

  @Field(() => Int, { description: 'Questions the unit answered.' })
  selfAnswered: number;

  @Field(() => Int, { description: 'Questions the TPI answered.' })
  tpiAnswered: number;

  @Field(() => Int, { description: 'Questions in the worksheet.' })
  questions: number;

  @Field(() => Float, { description: 'Self minus TPI, in percentage points.' })
  gap: number;
}

@ObjectType()
export class FailingRule {
  @Field()
  id: string;

  @Field(() => RuleMeasure, { description: 'Whether value, threshold and gap are points or percent.' })
  measure: RuleMeasure;

  @Field()
  label: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  threshold: number;

  @Field(() => Float)
  gap: number;
}

@ObjectType({ description: 'A unit building ZI whose latest score fails rules of its next predicate.' })
export class RiskRow {
  unitId: string;

  @Field(() => Unit)
  unit?: Unit;

  @Field(() => ID, { description: 'The assessment whose scores are shown.' })
  assessmentId: string;

  @Field(() => PredicateKind, { description: 'The predicate it works towards.' })
  target: PredicateKind;

  @Field(() => Float)
  total: number;

  @Field(() => Int, { description: 'Questions answered in the layer scored.' })
  answered: number;

  @Field(() => Int, { description: 'Questions in its worksheet.' })
  questions: number;

  @Field(() => Int, { description: "How many rules its target has in its worksheet's framework." })
  rules: number;

  @Field(() => [FailingRule])
  failing: FailingRule[];
}

@ObjectType()
export class CoachingCoverage {
  @Field(() => Int, { description: 'Units building ZI (with a stage) in the selection.' })
  zoneUnits: number;

  @Field(() => Int, { description: 'Of those, invited to a coaching session this year.' })
  coached: number;

  neverCoachedIds: string[];

  @Field(() => [Unit], { description: 'Units building ZI never coached this year (first 100).' })
  neverCoached?: Unit[];
}

@ObjectType()
export class JudgementCount {
  @Field(() => ProgressJudgement)
  judgement: ProgressJudgement;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One monitoring round’s totals.' })
export class QuarterTrend {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => [JudgementCount])
  judgements: JudgementCount[];

  @Field(() => Int)
  findings: number;

  @Field(() => Int)
  followUpsOpen: number;

  @Field(() => Int)
  followUpsVerified: number;
}

@ObjectType()
export class FollowUpTotals {
  @Field(() => Int)
  open: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  verified: number;
}
