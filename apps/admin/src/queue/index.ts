import './queue.css';
import { defineSection } from '../section';
import { queueEn } from './messages.en';
import { queueId } from './messages.id';
import { QueuePage } from './QueuePage';

export const section = defineSection({
  routes: [{ path: 'antrian', page: QueuePage }],
  nav: { to: '/antrian', label: 'adminNav.queue', order: 20, needs: 'evaluate' },
  messages: { id: queueId, en: queueEn },
});
