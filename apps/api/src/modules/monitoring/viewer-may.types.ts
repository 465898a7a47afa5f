import { Field, ObjectType } from 'type-graphql';
import { FollowUpStatus } from './follow-up.entity.js';

@ObjectType({ description: 'What the viewer may do with a follow-up now, by the rules its mutations check.' })
export class FollowUpViewerMay {
  @Field({ description: 'Says what the unit did: in progress or done (respondToFollowUp).' })
  respond: boolean;

  @Field(() => [FollowUpStatus], {
    description:
      'The statuses it may answer with now (respondToFollowUp), in order; empty when it may not respond.',
  })
  respondWith: FollowUpStatus[];

  @Field({
    description: 'Attaches files as evidence, or removes them: whoever may respond, until it is verified.',
  })
  changeFiles: boolean;

  @Field({ description: 'Verifies it or sends it back (reviewFollowUp): once the unit calls it done.' })
  review: boolean;
}

@ObjectType({
  description: 'What the viewer may do with a monitoring round now, by the rules its mutations check.',
})
export class MonitoringRoundViewerMay {
  @Field({ description: 'Closes it (closeMonitoringRound) while it is open.' })
  close: boolean;

  @Field({ description: "Judges units' progress (setMonitoringProgress) while it is open." })
  judgeProgress: boolean;

  @Field({ description: 'Records findings (recordFinding) while it is open.' })
  recordFinding: boolean;

  @Field({
    description:
      "Copies the earlier round's judgements (carryForwardMonitoringProgress) while it is open and an earlier round was judged.",
  })
  carryForward: boolean;
}
