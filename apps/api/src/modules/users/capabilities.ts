import type { GraphQLSchema } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { LAYERS_BY_ROLE } from '../assessments/layer-rules.js';
import { mayCallAll } from '../auth/may-call.js';
import type { Role } from '../auth/user.entity.js';

@ObjectType({
  description:
    'What a person may do across the portal, each answer read from the rule that guards doing it: the portal shows what these allow and decides nothing from the role itself.',
})
export class Capabilities {
  @Field({ description: 'Evaluates worksheets (writes the TPI layer): the evaluation queue is theirs.' })
  evaluate: boolean;

  @Field({ description: 'Reads the portfolio dashboard (portfolioDashboard).' })
  seeDashboard: boolean;

  @Field({ description: "Manages the instansi's registry: its units, its people and the TPI's assignments." })
  manageRegistry: boolean;

  @Field({ description: "Sets a year's LKE deadlines (setAssessmentWindow)." })
  setAssessmentWindow: boolean;

  @Field({ description: "Turns the team lead's second review on or off (setSecondReview)." })
  setSecondReview: boolean;

  @Field({
    description:
      "Sets the letterhead, signatory and numbering of the instansi's LHE (updateInstansiLetterhead).",
  })
  setLetterhead: boolean;

  @Field({ description: 'Opens the monitoring round of a quarter (openMonitoringRound).' })
  openMonitoringRound: boolean;

  @Field({ description: 'Schedules coaching sessions (scheduleCoachingSession).' })
  scheduleCoachingSession: boolean;

  @Field({ description: 'Records who came to a coaching session (recordCoachingAttendance).' })
  recordCoachingAttendance: boolean;

  @Field({ description: "Writes a unit's action plan: adds items and reports their progress." })
  writeActionPlans: boolean;

  @Field({ description: "Starts a unit's LKE worksheet for a year (startAssessment)." })
  startAssessment: boolean;

  @Field({
    description: "Runs a unit's perception surveys: opens, decides on responses, closes (openSurveyPeriod).",
  })
  runSurveys: boolean;
}

export enum PortalHome {
  UNITS = 'units',
  QUEUE = 'queue',
}
registerEnumType(PortalHome, {
  name: 'PortalHome',
  description: 'The page a person starts on after signing in.',
  valuesConfig: {
    UNITS: { description: 'The units (and, for an operator, their own worksheet).' },
    QUEUE: { description: 'The evaluation queue: their daily work.' },
  },
});

/** Where a person starts: an evaluator who does not also run the registry, on their queue (issue 15). */
export const homeOf = (may: Capabilities): PortalHome =>
  may.evaluate && !may.manageRegistry ? PortalHome.QUEUE : PortalHome.UNITS;

/** The operations behind each capability that the access rules decide. */
const OPERATIONS: Record<Exclude<keyof Capabilities, 'evaluate'>, readonly string[]> = {
  seeDashboard: ['portfolioDashboard'],
  manageRegistry: [
    'createUnit',
    'updateUnit',
    'archiveUnit',
    'restoreUnit',
    'users',
    'createUser',
    'updateUser',
    'assignEvaluators',
    'unassignEvaluators',
  ],
  setAssessmentWindow: ['setAssessmentWindow'],
  setSecondReview: ['setSecondReview'],
  setLetterhead: ['updateInstansiLetterhead', 'letterTemplates', 'updateLetterTemplate'],
  openMonitoringRound: ['openMonitoringRound'],
  scheduleCoachingSession: ['scheduleCoachingSession'],
  recordCoachingAttendance: ['recordCoachingAttendance'],
  writeActionPlans: ['addActionPlanItem', 'updateActionPlanProgress'],
  startAssessment: ['startAssessment'],
  runSurveys: ['openSurveyPeriod', 'decideSurveyResponse', 'closeSurveyPeriod'],
};

/** What `role` may do, from the access rules of `schema` and the layers each role writes. */
export function capabilitiesOf(schema: GraphQLSchema, role: Role): Capabilities {
  const byAccessRule = Object.fromEntries(
    Object.entries(OPERATIONS).map(([capability, operations]) => [
      capability,
      mayCallAll(schema, operations, role),
    ]),
  );
  return Object.assign(new Capabilities(), byAccessRule, {
    evaluate: LAYERS_BY_ROLE[role].includes(AnswerLayer.TPI),
  });
}
