import './coaching.css';
import { defineSection } from '../section';
import { CoachingPage } from './CoachingPage';
import { CoachingSessionPage } from './CoachingSessionPage';
import { coachingEn } from './messages.en';
import { coachingId } from './messages.id';

export const section = defineSection({
  routes: [
    { path: 'pendampingan', page: CoachingPage },
    { path: 'pendampingan/:id', page: CoachingSessionPage },
  ],
  nav: { to: '/pendampingan', label: 'adminNav.coaching', order: 70 },
  messages: { id: coachingId, en: coachingEn },
});
