import './surveys.css';
import { defineSection } from '../section';
import { surveysEn } from './messages.en';
import { surveysId } from './messages.id';
import { SurveyPeriodPage } from './SurveyPeriodPage';
import { SurveysPage } from './SurveysPage';

/** The perception surveys (issue 16): periods, their form's link and poster, results, decisions, closing. */
export const section = defineSection({
  routes: [
    { path: 'survei', page: SurveysPage },
    { path: 'survei/:id', page: SurveyPeriodPage },
  ],
  nav: { to: '/survei', label: 'adminNav.surveys', order: 45 },
  messages: { id: surveysId, en: surveysEn },
});
