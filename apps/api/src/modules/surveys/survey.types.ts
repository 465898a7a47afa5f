import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PLAIN_FIELDS } from '../assessments/plain-fields.js';
import { ExclusionReason, ResponseFlag, SampleMethod, ScaleConversion } from './survey-enums.js';

@ObjectType({ ...PLAIN_FIELDS, description: 'Words in Bahasa Indonesia and in English.' })
export class LocalizedText {
  @Field()
  id: string;

  @Field()
  en: string;
}

@ObjectType({ ...PLAIN_FIELDS, description: 'A statement of a survey instrument.' })
export class SurveyItemDefinition {
  @Field({ description: 'E.g. "SPKP.1".' })
  code: string;

  @Field(() => LocalizedText)
  aspect: LocalizedText;

  @Field(() => LocalizedText)
  statement: LocalizedText;

  @Field(() => LocalizedText)
  explanation: LocalizedText;
}

@ObjectType({ ...PLAIN_FIELDS, description: 'A perception survey instrument as the circular sets it.' })
export class SurveyInstrumentDefinition {
  @Field({ description: 'E.g. "SPKP-2023".' })
  code: string;

  @Field({ description: 'SPKP or SPAK.' })
  kind: string;

  @Field({ description: 'The index it yields: IPKP or IPAK.' })
  index: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field()
  source: string;

  @Field({ description: 'The worksheet question its index answers.' })
  lkeQuestion: string;

  @Field(() => [SurveyItemDefinition])
  items: SurveyItemDefinition[];
}

@ObjectType({ ...PLAIN_FIELDS, description: "An instansi's survey rules." })
export class SurveySettingsView {
  @Field(() => Int)
  scalePoints: number;

  @Field(() => ScaleConversion)
  conversion: ScaleConversion;

  @Field(() => SampleMethod)
  sampleMethod: SampleMethod;

  @Field()
  publicWhileOpen: boolean;

  @Field(() => LocalizedText, { description: 'The conversion to the 0–4 value, as a formula.' })
  conversionFormula: LocalizedText;

  @Field(() => LocalizedText)
  sampleFormula: LocalizedText;

  @Field({ description: 'Whether the viewer may change them (setSurveySettings).' })
  viewerMayEdit: boolean;
}

@ObjectType({ ...PLAIN_FIELDS })
export class SurveyItemResult {
  @Field()
  code: string;

  @Field(() => Float, { nullable: true, description: 'Mean rating on the period’s scale.' })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: 'The mean as the 0–4 value.' })
  lkeValue: number | null;
}

@ObjectType({ ...PLAIN_FIELDS, description: 'One instrument’s index over the used responses.' })
export class SurveyIndexResult {
  @Field()
  instrument: string;

  @Field({ description: 'IPKP or IPAK.' })
  index: string;

  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: 'The mean of the item means on the period’s scale.' })
  mean: number | null;

  @Field(() => Float, { nullable: true, description: 'The worksheet’s 0–4 value: two decimals, half up.' })
  lkeValue: number | null;

  @Field(() => Float, { nullable: true, description: 'The 0–4 value × 25.' })
  score100: number | null;

  @Field(() => String, { nullable: true, description: 'The 0–4 value exactly, "n/d", before rounding.' })
  exact: string | null;

  @Field(() => [SurveyItemResult])
  items: SurveyItemResult[];
}

@ObjectType({ ...PLAIN_FIELDS })
export class SurveyServiceResult {
  @Field()
  serviceType: string;

  @Field(() => Int)
  responses: number;

  @Field(() => [SurveyIndexResult])
  indices: SurveyIndexResult[];
}

@ObjectType({ ...PLAIN_FIELDS })
export class ExclusionCount {
  @Field(() => ExclusionReason)
  exclusionReason: ExclusionReason;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  ...PLAIN_FIELDS,
  description: 'Responses received, left out and used: one definition for every place that shows them.',
})
export class SurveyCounts {
  @Field(() => Int)
  received: number;

  @Field(() => Int)
  excluded: number;

  @Field(() => Int)
  used: number;

  @Field(() => Int, { description: 'Flagged responses no one has decided on yet.' })
  awaitingDecision: number;

  @Field(() => [ExclusionCount])
  excludedByReason: ExclusionCount[];

  @Field(() => Int, {
    nullable: true,
    description: 'Responses the sample needs; null until service users are known.',
  })
  required: number | null;
}

@ObjectType({ ...PLAIN_FIELDS, description: 'A period’s results.' })
export class SurveyResults {
  @Field(() => SurveyCounts)
  counts: SurveyCounts;

  @Field(() => [SurveyIndexResult])
  indices: SurveyIndexResult[];

  @Field(() => [SurveyServiceResult])
  byServiceType: SurveyServiceResult[];

  @Field(() => LocalizedText)
  conversionFormula: LocalizedText;

  @Field(() => LocalizedText)
  sampleFormula: LocalizedText;
}

@ObjectType({ ...PLAIN_FIELDS })
export class InstrumentRatings {
  @Field()
  instrument: string;

  @Field(() => [Int])
  ratings: number[];
}

@ObjectType({ ...PLAIN_FIELDS, description: 'A response as the unit sees it: no device, no address.' })
export class SurveyResponseView {
  @Field(() => ID)
  id: string;

  @Field()
  receivedAt: Date;

  @Field(() => String, { nullable: true })
  serviceType: string | null;

  @Field(() => [InstrumentRatings])
  ratings: InstrumentRatings[];

  @Field(() => Int, { nullable: true })
  secondsTaken: number | null;

  @Field(() => [ResponseFlag])
  flags: ResponseFlag[];

  @Field({ description: 'Left out of the indices by the latest decision.' })
  excluded: boolean;

  @Field(() => ExclusionReason, { nullable: true })
  exclusionReason: ExclusionReason | null;

  @Field({ description: 'Whether anyone has decided on it.' })
  decided: boolean;
}

@ObjectType({ ...PLAIN_FIELDS, description: 'A closed period’s index as it went into the worksheet.' })
export class SurveyLkeValueView {
  @Field({ description: 'The worksheet question, e.g. "B.I.a.1".' })
  questionCode: string;

  @Field(() => ID, { description: 'The survey period it came from.' })
  periodId: string;

  @Field()
  periodTitle: string;

  @Field(() => Float)
  value: number;

  @Field(() => Int)
  responsesUsed: number;

  @Field({ description: 'False when the unit layer could not be written at the time.' })
  written: boolean;

  @Field()
  setAt: Date;
}

@ObjectType({
  ...PLAIN_FIELDS,
  description: 'What the viewer may do with a period, by the rules its mutations check.',
})
export class SurveyPeriodViewerMay {
  @Field({ description: 'updateSurveyPeriod' })
  edit: boolean;

  @Field({ description: 'decideSurveyResponse' })
  decide: boolean;

  @Field({ description: 'closeSurveyPeriod' })
  close: boolean;

  @Field({ description: 'putSurveyIntoWorksheet: once closed.' })
  putIntoWorksheet: boolean;
}
