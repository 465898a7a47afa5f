import type {
  AssessmentWorksheetQuery,
  WorksheetFrameworkFragment,
  WorksheetLayerFragment,
} from '@zi/schema/admin';

export type WorksheetAssessment = NonNullable<AssessmentWorksheetQuery['assessment']>;
export type LkeGroup = WorksheetFrameworkFragment['groups'][number];
export type LkeQuestion = WorksheetFrameworkFragment['questions'][number];
export type LkeCount = LkeQuestion['counts'][number];
export type WorksheetLayer = WorksheetLayerFragment;
export type WorksheetAnswer = WorksheetLayerFragment['answers'][number];
/** What a person sets on one question or count input: an option or a number, and a note. */
export type AnswerValue = Pick<WorksheetAnswer, 'option' | 'number' | 'note'>;
export type EvidenceItem = WorksheetLayerFragment['evidence'][number];
export type OpenReturn = WorksheetAssessment['openReturns'][number];
export type Transition = WorksheetAssessment['history'][number];
export type LayerScore = NonNullable<WorksheetLayerFragment['score']>;
export type GroupScore = LayerScore['groups'][number];
export type QuestionScore = LayerScore['questionScores'][number];
export type TargetEligibility = WorksheetLayerFragment['eligibility'][number];
export type RuleResult = TargetEligibility['rules'][number];
export type Priority = WorksheetLayerFragment['priorities'][number];
