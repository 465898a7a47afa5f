import './queue.css';
import { defineSection } from '../section';
import { queueEn } from './messages.en';
import { queueId } from './messages.id';
import { QueuePage } from './QueuePage';
import { useSecondReviewsWaiting } from './useSecondReviewsWaiting';

export const section = defineSection({
  routes: [{ path: 'antrian', page: QueuePage }],
  nav: {
    to: '/antrian',
    label: 'adminNav.queue',
    order: 20,
    needs: 'evaluate',
    // The queue is where a team lead finds the approvals held for their second review.
    useCount: useSecondReviewsWaiting,
  },
  messages: { id: queueId, en: queueEn },
});
