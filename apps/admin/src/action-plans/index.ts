import { defineSection } from '../section';
import { ActionPlanPage } from './ActionPlanPage';

export const section = defineSection({
  routes: [{ path: 'rencana-aksi', page: ActionPlanPage }],
  nav: { to: '/rencana-aksi', label: 'adminNav.actionPlan', order: 60 },
});
