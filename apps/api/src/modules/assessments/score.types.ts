import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { Answer } from './answer.entity.js';
import { AnswerLayer, Assessment } from './assessment.entity.js';
import { PLAIN_FIELDS } from './plain-fields.js';

export enum QuestionStatus {
  ANSWERED = 'answered',
  UNANSWERED = 'unanswered',
  NOT_APPLICABLE = 'notApplicable',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesConfig: {
    NOT_APPLICABLE: {
      description: 'A percentage with nothing to measure (zero denominator): full marks, flagged.',
    },
  },
});

@ObjectType('GroupScore', PLAIN_FIELDS)
export class GroupScoreView {
  @Field()
  code: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float)
  score: number;

  @Field(() => Float, { description: 'score / weight × 100' })
  percent: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  questions: number;

  @Field()
  notApplicable: boolean;
}

@ObjectType('QuestionScore', PLAIN_FIELDS)
export class QuestionScoreView {
  @Field()
  code: string;

  @Field(() => QuestionStatus)
  status: QuestionStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the question earned, 0..1; null if not applicable.',
  })
  ratio: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For percentage questions: the computed value, uncapped.',
  })
  percent?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'For percentage questions whose denominator was zero, the rule that decided the score: NOT_APPLICABLE (nothing to handle) or ZERO_SCORE (none of the unit’s own work done). See decision 0034.',
  })
  zeroDenominator?: string;
}

@ObjectType('LayerScore', { ...PLAIN_FIELDS, description: "The engine's stored result for one layer." })
export class LayerScoreView {
  @Field(() => Float)
  total: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  questions: number;

  @Field(() => [GroupScoreView])
  groups: GroupScoreView[];

  @Field(() => [QuestionScoreView])
  questionScores: QuestionScoreView[];

  @Field()
  computedAt: Date;
}

export enum RuleMeasure {
  POINTS = 'minScore',
  PERCENT_OF_WEIGHT = 'minPercentOfWeight',
  PREDICATE = 'priorPredicate',
}
registerEnumType(RuleMeasure, {
  name: 'RuleMeasure',
  description: 'What a rule compares: points, a percentage of the groups’ weight, or a predicate held (1/0).',
});

@ObjectType('RuleResult', PLAIN_FIELDS)
export class RuleResultView {
  @Field()
  id: string;

  @Field(() => RuleMeasure)
  measure: RuleMeasure;

  @Field()
  label: string;

  @Field(() => Float, { description: 'Points, or a percentage for area rules; 1/0 for a prior predicate.' })
  value: number;

  @Field(() => Float)
  threshold: number;

  @Field()
  passed: boolean;

  @Field(() => Float, { description: 'How much is missing to pass; 0 when passed.' })
  gap: number;
}

@ObjectType('Eligibility', {
  ...PLAIN_FIELDS,
  description: 'Whether the layer meets a target (WBK or WBBM), rule by rule.',
})
export class EligibilityView {
  @Field(() => PredicateKind)
  target: PredicateKind;

  @Field()
  label: string;

  @Field()
  eligible: boolean;

  @Field(() => [RuleResultView])
  rules: RuleResultView[];
}

@ObjectType('Priority', { ...PLAIN_FIELDS, description: 'A question that can still add to the score.' })
export class PriorityView {
  @Field()
  code: string;

  @Field(() => Float, { description: 'Points it could add to the total, answered at its best.' })
  gain: number;

  @Field(() => Float)
  ratio: number;

  @Field()
  unanswered: boolean;

  @Field(() => [String], { description: 'Failing rules it helps, as "WBK/area5".' })
  helps: string[];
}

@ObjectType('AssessmentLayer', {
  ...PLAIN_FIELDS,
  description: 'One layer of an assessment: answers, stored score, eligibility.',
})
export class AssessmentLayerView {
  assessmentId: string;
  frameworkCode: string;
  unitId: string;

  @Field({
    description:
      'False for a unit operator looking at the TPI while it is still evaluating: the layer shows empty.',
  })
  visible: boolean;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field(() => [Answer])
  answers: Answer[];

  @Field(() => LayerScoreView, { nullable: true, description: 'Null until the first answer is saved.' })
  score: LayerScoreView | null;
}

@ObjectType({ ...PLAIN_FIELDS, description: "What accepting the unit's answers filled in the TPI layer." })
export class AcceptUnitAnswersPayload {
  @Field(() => [String], {
    description: 'The questions whose answer was taken from the unit, in sheet order.',
  })
  accepted: string[];

  @Field(() => Assessment)
  assessment: Assessment;

  @Field(() => AssessmentLayerView, { description: 'The TPI layer after it.' })
  layer: AssessmentLayerView;
}
