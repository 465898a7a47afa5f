import { defineFeature } from '../feature.js';
import { Answer } from './answer.entity.js';
import { Assessment } from './assessment.entity.js';
import {
  createAnswersByLayerLoader,
  createAssessmentByUnitYearLoader,
  createScoreByLayerLoader,
} from './assessment.loader.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentService } from './assessment.service.js';
import { AssessmentLayerResolver } from './assessment-layer.resolver.js';
import { AssessmentScore } from './assessment-score.entity.js';
import { UnitAssessmentResolver } from './unit-assessment.resolver.js';

export const feature = defineFeature({
  entities: [Assessment, Answer, AssessmentScore],
  resolvers: { admin: [UnitAssessmentResolver, AssessmentResolver, AssessmentLayerResolver] },
  services: {
    assessments: ({ db, services }): AssessmentService =>
      new AssessmentService(db, services.units, services.windows),
  },
  loaders: {
    assessmentByUnitYear: createAssessmentByUnitYearLoader,
    answersByLayer: createAnswersByLayerLoader,
    scoreByLayer: createScoreByLayerLoader,
  },
});
