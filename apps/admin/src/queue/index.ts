import { defineSection } from '../section';
import { QueuePage } from './QueuePage';

export const section = defineSection({
  routes: [{ path: 'antrian', page: QueuePage }],
  nav: { to: '/antrian', label: 'adminNav.queue', order: 20, needs: 'evaluate' },
});
