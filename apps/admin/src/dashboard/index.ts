import { defineSection } from '../section';
import { DashboardPage } from './DashboardPage';

export const section = defineSection({
  routes: [{ path: 'dasbor', page: DashboardPage }],
  nav: { to: '/dasbor', label: 'adminNav.dashboard', order: 30, needs: 'seeDashboard' },
});
