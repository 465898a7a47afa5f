import './follow-ups.css';
import { defineSection } from '../section';
import { FollowUpsPage } from './FollowUpsPage';
import { followUpsEn } from './messages.en';
import { followUpsId } from './messages.id';

export const section = defineSection({
  routes: [{ path: 'tindak-lanjut', page: FollowUpsPage }],
  nav: { to: '/tindak-lanjut', label: 'adminNav.followUps', order: 50 },
  messages: { id: followUpsId, en: followUpsEn },
});
