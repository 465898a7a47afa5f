import express, { type Request, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import type { Viewer } from '../auth/viewer.js';
import type { SurveyPeriodService } from './survey-period.service.js';
import { surveyPoster } from './survey-poster.pdf.js';

/** `/admin/survey-periods/<id>/poster.pdf`: the counter's A4 poster with the form's QR, for a period in scope. */
export function surveyPosterRoutes(
  periods: SurveyPeriodService,
  viewerOf: (request: Request) => Promise<Viewer | null>,
): Router {
  const router = express.Router();
  router.get('/:periodId/poster.pdf', async (request, response) => {
    const viewer = await viewerOf(request);
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      return;
    }
    try {
      const poster = await periods.poster(viewer, request.params.periodId);
      response
        .set('Cache-Control', 'private, no-store')
        .attachment(`poster-survei-${poster.code}.pdf`)
        .type('application/pdf')
        .send(await surveyPoster(poster));
    } catch (error) {
      if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
      else throw error;
    }
  });
  return router;
}
