import type { MailPreference, NotificationKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { notificationsId } from './messages.id';

const notificationKind: Record<NotificationKind, string> = {
  ASSIGNMENT: 'Units assigned',
  QUESTION_RETURNED: 'Worksheet questions returned',
  FOLLOW_UP_DUE: 'Follow-up due soon',
  FOLLOW_UP_OVERDUE: 'Follow-up overdue',
  WINDOW_CLOSING: 'Worksheet deadline coming',
  COACHING_INVITATION: 'Coaching invitation',
  SECOND_REVIEW_WAITING: 'Waiting for your second review',
};

const mailPreference: Record<MailPreference, string> = {
  IMMEDIATE: 'An email for each notification',
  DAILY_DIGEST: 'One summary email each morning (07:00 WIB)',
  OFF: 'No email, in the portal only',
};

export const notificationsEn: Record<keyof typeof notificationsId, string> = {
  'adminNav.notifications': 'Notifications',
  'notifications.title': 'Notifications',

  'notifications.intro':
    'Assignments, returned worksheets, deadlines and invitations you should know about, newest first.',
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications, {count} unread',
  'notifications.show': 'Show',
  'notifications.all': 'All',
  'notifications.unread': 'Unread',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.markRead': 'Mark as read',
  'notifications.open': 'Open',
  'notifications.new': 'New',
  'notifications.count': 'Notifications: {count}',
  'notifications.empty': 'No notifications yet.',
  'notifications.emptyUnread': 'Every notification is read.',
  'notifications.caption': 'Notifications list',
  'notifications.andMore': '{names} and {count} more',
  'notification.assignment': 'Units assigned to you for evaluation ({count}): {names}.',
  'notification.assignmentLead': 'Units you now lead as team lead ({count}): {names}.',
  'notification.questionReturned':
    'The TPI returned questions of the {year} worksheet of {unitName} to be fixed ({count}): {codes}.',
  'notification.followUpDue': 'The follow-up “{description}” ({unitName}) is due on {dueOn}.',
  'notification.followUpOverdue': 'The follow-up “{description}” ({unitName}) was due on {dueOn}.',
  'notification.windowClosingUnit': 'Filling in the {year} worksheet of {unitName} ends on {until}.',
  'notification.windowClosingTpi':
    'The TPI’s evaluation of the {year} worksheet of {unitName} ends on {until}.',
  'notification.secondReviewWaiting':
    'The {year} worksheet of {unitName} was approved by {approverName} and waits for your second review as team lead.',
  'notification.coachingInvitation': '{unitName} is invited to the coaching session “{topic}” on {startsAt}.',
  'notification.coachingInvitationAt':
    '{unitName} is invited to the coaching session “{topic}” on {startsAt} at {place}.',

  'mailPreference.title': 'Email',
  'mailPreference.intro':
    'Notifications always appear in the portal. Choose whether they are emailed to you too.',
  'mailPreference.saving': 'Saving…',
  'mailPreference.saved': 'Your email choice is saved.',

  ...labelsOf('notificationKind', notificationKind),
  ...labelsOf('mailPreference', mailPreference),
};
