import { Field, ObjectType } from 'type-graphql';
import { AnswerLayer } from './assessment.entity.js';

@ObjectType({
  description:
    'What the viewer may do with an assessment now besides moving it (allowedActions) and answering it (editableLayers), each from the rule its operation checks.',
})
export class AssessmentViewerMay {
  @Field(() => [AnswerLayer], {
    description:
      'The layers whose evidence the viewer may remove, not only replace: those they may edit, before the unit submits.',
  })
  removeEvidenceFrom: AnswerLayer[];

  @Field({ description: 'Reopens a layer after its deadline for this assessment alone (reopenLayer).' })
  reopenLayers: boolean;
}
