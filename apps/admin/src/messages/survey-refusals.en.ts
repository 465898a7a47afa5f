import type { surveyRefusalId } from './survey-refusals.id';

export const surveyRefusalEn: Record<keyof typeof surveyRefusalId, string> = {
  'refusal.SURVEY_PERIOD_CLOSED': 'This survey period is closed: its responses and indices are final.',
  'refusal.SURVEY_PERIOD_OPEN': 'This survey period is still open: close it first.',
};
