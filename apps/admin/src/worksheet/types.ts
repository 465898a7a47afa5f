import type {
  AssessmentWorksheetQuery,
  WorksheetFrameworkFragment,
  WorksheetLayerFragment,
} from '@zi/schema/admin';

export type WorksheetAssessment = NonNullable<AssessmentWorksheetQuery['assessment']>;
export type LkeGroup = WorksheetFrameworkFragment['groups'][number];
export type LkeQuestion = WorksheetFrameworkFragment['questions'][number];
export type LkeCount = LkeQuestion['counts'][number];
export type WorksheetAnswer = WorksheetLayerFragment['answers'][number];
export type LayerScore = NonNullable<WorksheetLayerFragment['score']>;
export type GroupScore = LayerScore['groups'][number];
export type QuestionScore = LayerScore['questionScores'][number];
export type TargetEligibility = WorksheetLayerFragment['eligibility'][number];
export type RuleResult = TargetEligibility['rules'][number];
export type Priority = WorksheetLayerFragment['priorities'][number];
