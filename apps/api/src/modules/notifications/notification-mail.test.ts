import { describe, expect, it } from 'vitest';
import { englishLeaksFinder } from '../../test/english-words.js';
import { MailPreference } from '../auth/user.entity.js';
import { NotificationKind } from './notification.entity.js';
import { digestMail, notificationMail } from './notification.mail.js';
import type { PendingRow } from './notifications.queries.js';

/** Each kind with params as the services write them (the coaching invitation with and without a place). */
const PARAMS: Record<NotificationKind, Record<string, unknown>> = {
  [NotificationKind.ASSIGNMENT]: { units: 2, unitNames: ['Dinas Sosial', 'RSUD Harapan'], lead: true },
  [NotificationKind.QUESTION_RETURNED]: { unitName: 'Dinas Sosial', year: 2026, codes: ['A.I.1.i.a'] },
  [NotificationKind.FOLLOW_UP_DUE]: {
    description: 'Unggah SOP',
    dueOn: '2026-12-15',
    unitName: 'Dinas Sosial',
  },
  [NotificationKind.FOLLOW_UP_OVERDUE]: {
    description: 'Unggah SOP',
    dueOn: '2026-12-01',
    unitName: 'Dinas Sosial',
  },
  [NotificationKind.WINDOW_CLOSING]: {
    layer: 'tpi',
    until: '2026-12-31',
    year: 2026,
    unitName: 'Dinas Sosial',
  },
  [NotificationKind.COACHING_INVITATION]: {
    topic: 'Penyusunan LKE',
    startsAt: '2026-12-15T02:00:00.000Z',
    endsAt: '2026-12-15T04:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    place: null,
    onlineUrl: null,
    unitName: 'Dinas Sosial',
  },
  [NotificationKind.SECOND_REVIEW_WAITING]: { unitName: 'Dinas Sosial', year: 2026, approverName: 'Sari' },
};

const row = (kind: NotificationKind): PendingRow => ({
  id: kind,
  user_id: 'u',
  kind,
  params: PARAMS[kind],
  link: '/admin/notifikasi',
  created_at: new Date(),
  email: 'sari@contoh.go.id',
  name: 'Sari',
  mail_preference: MailPreference.IMMEDIATE,
});

const englishIn = englishLeaksFinder();
const rows = Object.values(NotificationKind).map(row);

describe('mails in Bahasa Indonesia', () => {
  it('hold no English word and no raw date, each kind alone and all in a digest', () => {
    const mails = [
      ...rows.map((one) => notificationMail(one, 'https://zi.contoh.go.id')),
      digestMail(rows, 'https://zi.contoh.go.id'),
    ];
    for (const mail of mails) {
      const text = `${mail.subject}\n${mail.text}`;
      expect(englishIn(text), mail.subject).toEqual([]);
      expect(text, mail.subject).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(mails.map((mail) => mail.text).join('\n')).toContain(
      'pada Selasa, 15 Desember 2026 pukul 09.00–11.00 WIB, tempat akan diberitahukan kemudian.',
    );
  });

  it('would catch a leak', () => {
    expect(englishIn('Status: draft, due 2026')).toHaveLength(2);
  });
});
