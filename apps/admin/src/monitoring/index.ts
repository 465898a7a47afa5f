import './monitoring.css';
import { defineSection } from '../section';
import { MonitoringPage } from './MonitoringPage';
import { MonitoringRoundPage } from './MonitoringRoundPage';
import { monitoringEn } from './messages.en';
import { monitoringId } from './messages.id';

export const section = defineSection({
  routes: [
    { path: 'monev', page: MonitoringPage },
    { path: 'monev/:id', page: MonitoringRoundPage },
  ],
  nav: { to: '/monev', label: 'adminNav.monitoring', order: 40 },
  messages: { id: monitoringId, en: monitoringEn },
});
