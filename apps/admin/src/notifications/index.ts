import './notifications.css';
import { defineSection } from '../section';
import { notificationsEn } from './messages.en';
import { notificationsId } from './messages.id';
import { NotificationsPage } from './NotificationsPage';

export const section = defineSection({
  routes: [{ path: 'notifikasi', page: NotificationsPage }],
  nav: { to: '/notifikasi', label: 'adminNav.notifications', order: 90 },
  messages: { id: notificationsId, en: notificationsEn },
});
