import { Field, ObjectType } from 'type-graphql';
import { AnswerLayer, type Assessment } from './assessment.entity.js';
import { PLAIN_FIELDS } from './plain-fields.js';

@ObjectType({
  ...PLAIN_FIELDS,
  description:
    'What the viewer may do with an assessment now besides moving it (allowedActions) and answering it (editableLayers), each from the rule its operation checks.',
})
export class AssessmentViewerMay {
  @Field(() => [AnswerLayer], {
    description:
      'The layers whose evidence the viewer may remove, not only replace: those they may edit, before the unit submits.',
  })
  removeEvidenceFrom: AnswerLayer[];

  /** The assessment it is about, from which a feature that adds a field here resolves it (deadlines' `reopenLayers`). */
  assessment: Assessment;
}
