import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import {
  AssessmentSurveyValuesResolver,
  createSurveyCountsLoader,
  SurveyPeriodResolver,
  SurveySettingsResolver,
} from './survey.resolver.js';
import { SurveyDecision } from './survey-decision.entity.js';
import { surveyFormRouter } from './survey-form.routes.js';
import { SurveyFormService } from './survey-form.service.js';
import { SURVEY_FORMS_PATH } from './survey-form-path.js';
import { SurveyKeys } from './survey-keys.js';
import { SurveyLkeValue } from './survey-lke-value.entity.js';
import { SurveyPeriod } from './survey-period.entity.js';
import { SurveyPeriodService } from './survey-period.service.js';
import { surveyPosterRoutes } from './survey-poster.routes.js';
import { SurveyResponse } from './survey-response.entity.js';
import { SurveyResultsService } from './survey-results.service.js';
import { SurveySettings } from './survey-settings.entity.js';

/** The perception surveys (SPKP, SPAK) units run themselves, from the counter's QR to the worksheet (issue 16). */
export const feature = defineFeature({
  entities: [SurveySettings, SurveyPeriod, SurveyResponse, SurveyDecision, SurveyLkeValue],
  resolvers: { admin: [SurveySettingsResolver, SurveyPeriodResolver, AssessmentSurveyValuesResolver] },
  services: {
    surveyKeys: ({ db }): SurveyKeys => new SurveyKeys(db),
    surveyForms: ({ db, services }): SurveyFormService => new SurveyFormService(db, services.surveyKeys),
    surveyResults: ({ db }): SurveyResultsService => new SurveyResultsService(db),
    surveyPeriods: ({ db, services, config }): SurveyPeriodService =>
      new SurveyPeriodService(
        db,
        services.units,
        services.assessments,
        services.surveyResults,
        config.publicUrl,
      ),
  },
  loaders: { surveyCounts: createSurveyCountsLoader },
  routes: {
    admin: [
      {
        path: '/admin/survey-periods',
        router: ({ services, viewerOf }): Router => surveyPosterRoutes(services.surveyPeriods, viewerOf),
      },
    ],
    public: [
      {
        path: SURVEY_FORMS_PATH,
        router: ({ services }): Router => surveyFormRouter(services.surveyForms, services.surveyKeys),
      },
    ],
  },
});
