import { defineSection } from '../section';
import { MonitoringPage } from './MonitoringPage';
import { MonitoringRoundPage } from './MonitoringRoundPage';

export const section = defineSection({
  routes: [
    { path: 'monev', page: MonitoringPage },
    { path: 'monev/:id', page: MonitoringRoundPage },
  ],
  nav: { to: '/monev', label: 'adminNav.monitoring', order: 40 },
});
