import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/order-direction.js';
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

export enum HeatmapOrderField {
  NAME = 'name',
  TOTAL = 'total',
  AREA = 'area',
}
registerEnumType(HeatmapOrderField, {
  name: 'HeatmapOrderField',
  valuesConfig: {
    NAME: { description: 'The unit’s name.' },
    TOTAL: { description: 'The total score shown.' },
    AREA: { description: 'The percent of the change area given as `area`.' },
  },
});

@InputType({
  description: 'The heatmap’s order: a unit without a value in it comes last either way, ties by name.',
})
export class HeatmapOrder {
  @Field(() => HeatmapOrderField, { defaultValue: HeatmapOrderField.TOTAL })
  field: HeatmapOrderField;

  @Field(() => ChangeArea, { nullable: true, description: 'The area, with field AREA.' })
  @IsOptional()
  area?: ChangeArea | null;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
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
  /** Every unit at risk, shared by the risks, their count and the rules they fail. */
  allRisks?: Promise<RiskRow[]>;
}

@ObjectType({
  description:
    'How many rows each list of the dashboard has in all: the lists give their first rows (`first`), the CSV and the workbook all of them.',
})
export class DashboardCounts {
  @Field(() => Int, { description: 'Units with a score final enough to rank (the heatmap).' })
  heatmap: number;

  @Field(() => Int, {
    description: 'Unit × area pairs with a final self-assessment and a final TPI score (the gaps).',
  })
  gaps: number;

  @Field(() => Int, { description: 'Units at risk (the risks).' })
  risks: number;

  @Field(() => Int, { description: 'Latest worksheets still in progress (incomplete).' })
  incomplete: number;
}

@ObjectType({ description: 'A rule of a predicate, and how many units at risk fail it.' })
export class FailingRuleCount {
  @Field(() => PredicateKind, { description: 'The predicate the rule belongs to.' })
  target: PredicateKind;

  @Field()
  id: string;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Units at risk failing it, of all of them (not only the risks listed).' })
  units: number;
}

export interface LatestScores {
  unitId: string;
  unitName: string;
  /** The assessment's UUID (rows give it as a global ID). */
  assessmentId: string;
  frameworkCode: string;
  /** Its framework's change areas, in the order of each layer's `areas`. */
  areaIds: readonly string[];
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
  /** Each change area's percent, in the order of `LatestScores.areaIds`. */
  areas: readonly number[];
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
