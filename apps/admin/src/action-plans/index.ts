import './action-plan.css';
import { defineSection } from '../section';
import { ActionPlanPage } from './ActionPlanPage';
import { actionPlansEn } from './messages.en';
import { actionPlansId } from './messages.id';

export const section = defineSection({
  routes: [{ path: 'rencana-aksi', page: ActionPlanPage }],
  nav: { to: '/rencana-aksi', label: 'adminNav.actionPlan', order: 60 },
  messages: { id: actionPlansId, en: actionPlansEn },
});
