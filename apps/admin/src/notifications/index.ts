import { defineSection } from '../section';
import { NotificationsPage } from './NotificationsPage';

export const section = defineSection({
  routes: [{ path: 'notifikasi', page: NotificationsPage }],
  nav: { to: '/notifikasi', label: 'adminNav.notifications', order: 90 },
});
