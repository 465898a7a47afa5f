import { defineSection } from '../section';
import { CoachingPage } from './CoachingPage';
import { CoachingSessionPage } from './CoachingSessionPage';

export const section = defineSection({
  routes: [
    { path: 'pendampingan', page: CoachingPage },
    { path: 'pendampingan/:id', page: CoachingSessionPage },
  ],
  nav: { to: '/pendampingan', label: 'adminNav.coaching', order: 70 },
});
