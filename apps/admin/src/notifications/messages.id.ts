import type { MailPreference, NotificationKind } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const notificationKind: Record<NotificationKind, string> = {
  ASSIGNMENT: 'Penugasan unit',
  QUESTION_RETURNED: 'Pertanyaan LKE dikembalikan',
  FOLLOW_UP_DUE: 'Tindak lanjut segera jatuh tempo',
  FOLLOW_UP_OVERDUE: 'Tindak lanjut melewati tenggat',
  WINDOW_CLOSING: 'Tenggat LKE segera berakhir',
  COACHING_INVITATION: 'Undangan pendampingan',
  SECOND_REVIEW_WAITING: 'Menunggu tinjauan kedua Anda',
};

const mailPreference: Record<MailPreference, string> = {
  IMMEDIATE: 'Email untuk setiap notifikasi',
  DAILY_DIGEST: 'Satu email ringkasan setiap pagi (pukul 07.00 WIB)',
  OFF: 'Tanpa email, hanya di portal',
};

/** Notifications, the bell, and mail preferences, in Bahasa Indonesia (the first language). */
export const notificationsId = {
  'adminNav.notifications': 'Notifikasi',
  'notifications.title': 'Notifikasi',

  'notifications.intro':
    'Penugasan, pengembalian LKE, tenggat dan undangan yang perlu Anda ketahui, yang terbaru di atas.',
  'notifications.bell': 'Notifikasi',
  'notifications.bellUnread': 'Notifikasi, {count} belum dibaca',
  'notifications.show': 'Tampilkan',
  'notifications.all': 'Semua',
  'notifications.unread': 'Belum dibaca',
  'notifications.markAllRead': 'Tandai semua sudah dibaca',
  'notifications.markRead': 'Tandai sudah dibaca',
  'notifications.open': 'Buka',
  'notifications.new': 'Baru',
  'notifications.count': 'Notifikasi: {count}',
  'notifications.empty': 'Belum ada notifikasi.',
  'notifications.emptyUnread': 'Semua notifikasi sudah dibaca.',
  'notifications.caption': 'Daftar notifikasi',
  'notifications.andMore': '{names} dan {count} unit lainnya',
  'notification.assignment': 'Anda ditugaskan mengevaluasi {count} unit: {names}.',
  'notification.assignmentLead': 'Anda ditugaskan sebagai ketua tim di {count} unit: {names}.',
  'notification.questionReturned':
    'TPI mengembalikan {count} pertanyaan LKE {year} {unitName} untuk diperbaiki: {codes}.',
  'notification.followUpDue': 'Tindak lanjut “{description}” ({unitName}) jatuh tempo {dueOn}.',
  'notification.followUpOverdue': 'Tindak lanjut “{description}” ({unitName}) melewati tenggat {dueOn}.',
  'notification.windowClosingUnit': 'Pengisian LKE {year} {unitName} oleh unit berakhir {until}.',
  'notification.windowClosingTpi': 'Evaluasi TPI atas LKE {year} {unitName} berakhir {until}.',
  'notification.secondReviewWaiting':
    'LKE {year} {unitName} telah disetujui {approverName} dan menunggu tinjauan kedua Anda sebagai ketua tim.',
  'notification.coachingInvitation': '{unitName} diundang ke pendampingan “{topic}” pada {startsAt}.',
  'notification.coachingInvitationAt':
    '{unitName} diundang ke pendampingan “{topic}” pada {startsAt} di {place}.',

  'mailPreference.title': 'Kiriman email',
  'mailPreference.intro': 'Notifikasi selalu tampil di portal. Pilih apakah juga dikirim ke email Anda.',
  'mailPreference.saving': 'Menyimpan…',
  'mailPreference.saved': 'Pilihan email tersimpan.',

  ...labelsOf('notificationKind', notificationKind),
  ...labelsOf('mailPreference', mailPreference),
};
