export { STANDARD_ANSWER_TYPES } from './answer-types.js';
export { type AreaScore, areaScores, exactScoreOfGroups, type GroupPoints, scoreOfGroups } from './areas.js';
export {
  checkEligibility,
  type EligibilityContext,
  type RuleResult,
  type TargetResult,
  targetSought,
} from './eligibility.js';
export {
  compare as compareExact,
  type Exact,
  exactOf,
  formatExact,
  parseExact,
  toNumber as exactToNumber,
} from './exact.js';
export type * from './framework.js';
export { DEFAULT_FRAMEWORK_CODE, FRAMEWORKS, getFramework, requireFramework } from './frameworks/index.js';
export { FrameworkError, loadFramework } from './load.js';
export { clean, round2 } from './numbers.js';
export { type Priority, whatToFixFirst } from './priorities.js';
export {
  type Answers,
  type AnswerValue,
  type GroupScore,
  type QuestionScore,
  type QuestionStatus,
  questionScore,
  type ScoreReport,
  scoreAnswers,
} from './score.js';
export {
  CURRENT_INSTRUMENTS,
  SPAK_2023,
  SPKP_2023,
  SURVEY_INSTRUMENTS,
  type SurveyInstrument,
  type SurveyItem,
  type SurveyKind,
  type Words,
} from './surveys/instruments.js';
export { requiredSample, type SampleMethod, sampleFormula } from './surveys/sample-size.js';
export {
  conversionFormula,
  DEFAULT_SCALE,
  LKE_SURVEY_MAX,
  lkeValueOfMean,
  SCALE_POINTS_MAX,
  SCALE_POINTS_MIN,
  type ScaleConversion,
  type SurveyScale,
  scaleLabels,
} from './surveys/scale.js';
export {
  type ItemResult,
  type Ratings,
  roundHalfUp2,
  type SurveyResult,
  surveyResult,
  surveyResultOfTotals,
} from './surveys/survey-result.js';
export {
  type AnswerProblem,
  type AnswerRefusal,
  COUNT_MAX,
  NOTE_MAX_LENGTH,
  validateAnswer,
  validateCounts,
} from './validate.js';
