import { defineSection } from '../section';
import { FollowUpsPage } from './FollowUpsPage';

export const section = defineSection({
  routes: [{ path: 'tindak-lanjut', page: FollowUpsPage }],
  nav: { to: '/tindak-lanjut', label: 'adminNav.followUps', order: 50 },
});
