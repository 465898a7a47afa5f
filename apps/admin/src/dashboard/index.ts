import './dashboard.css';
import { defineSection } from '../section';
import { DashboardPage } from './DashboardPage';
import { dashboardEn } from './messages.en';
import { dashboardId } from './messages.id';

export const section = defineSection({
  routes: [{ path: 'dasbor', page: DashboardPage }],
  nav: { to: '/dasbor', label: 'adminNav.dashboard', order: 30, needs: 'seeDashboard' },
  messages: { id: dashboardId, en: dashboardEn },
});
