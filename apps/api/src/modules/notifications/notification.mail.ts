import { documentDate } from '../../common/document-language.js';
import { documentTime, timeZoneOr } from '../../common/indonesian-time.js';
import type { Mail } from '../mail/mailer.js';
import { NotificationKind } from './notification.entity.js';
import type { PendingRow } from './notifications.queries.js';

type Params = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
/** A day `YYYY-MM-DD` as an Indonesian letter writes it; a value that is not one, as it is. */
const day = (value: unknown) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text(value)) ? documentDate('id', text(value)) : text(value);
const instant = (value: unknown) => (value ? new Date(text(value)) : undefined);

/** When and where a coaching session is: in the instansi's zone, the place and the link to join. */
function sessionWhenAndWhere(p: Params): string {
  const startsAt = instant(p.startsAt);
  if (!startsAt || Number.isNaN(startsAt.getTime())) return text(p.startsAt);
  const when = documentTime('id', startsAt, timeZoneOr(p.timeZone), instant(p.endsAt));
  const where = [
    p.place ? `di ${text(p.place)}` : null,
    p.onlineUrl ? `secara daring melalui ${text(p.onlineUrl)}` : null,
  ].filter((part) => part !== null);
  return `${when}, ${where.length > 0 ? where.join(' dan ') : 'tempat akan diberitahukan kemudian'}`;
}
const LAYER_WORDS: Record<string, string> = { unit: 'pengisian LKE oleh unit', tpi: 'penilaian TPI' };

/** One line per notification, in Bahasa Indonesia: the language of the people who receive them. */
const SENTENCES: Record<NotificationKind, (params: Params) => string> = {
  [NotificationKind.ASSIGNMENT]: (p) =>
    `Anda ditugaskan menilai ${text(p.units)} unit kerja: ${(p.unitNames as string[] | undefined)?.join(', ') ?? ''}.`,
  [NotificationKind.QUESTION_RETURNED]: (p) =>
    `TPI mengembalikan ${(p.codes as string[] | undefined)?.length ?? 0} pertanyaan LKE ${text(p.year)} ${text(p.unitName)} untuk diperbaiki: ${(p.codes as string[] | undefined)?.join(', ') ?? ''}.`,
  [NotificationKind.FOLLOW_UP_DUE]: (p) =>
    `Tindak lanjut "${text(p.description)}" (${text(p.unitName)}) jatuh tempo ${day(p.dueOn)}.`,
  [NotificationKind.FOLLOW_UP_OVERDUE]: (p) =>
    `Tindak lanjut "${text(p.description)}" (${text(p.unitName)}) melewati tenggat ${day(p.dueOn)}.`,
  [NotificationKind.WINDOW_CLOSING]: (p) =>
    `Batas waktu ${LAYER_WORDS[text(p.layer)] ?? text(p.layer)} ${text(p.unitName)} tahun ${text(p.year)} berakhir ${day(p.until)}.`,
  [NotificationKind.COACHING_INVITATION]: (p) =>
    `${text(p.unitName)} diundang ke pendampingan "${text(p.topic)}" pada ${sessionWhenAndWhere(p)}.`,
  [NotificationKind.SECOND_REVIEW_WAITING]: (p) =>
    `LKE ${text(p.year)} ${text(p.unitName)} telah disetujui ${text(p.approverName)} dan menunggu tinjauan kedua Anda sebagai ketua tim.`,
};

const SUBJECTS: Record<NotificationKind, string> = {
  [NotificationKind.ASSIGNMENT]: 'Penugasan penilaian Zona Integritas',
  [NotificationKind.QUESTION_RETURNED]: 'Pertanyaan LKE dikembalikan untuk diperbaiki',
  [NotificationKind.FOLLOW_UP_DUE]: 'Tindak lanjut segera jatuh tempo',
  [NotificationKind.FOLLOW_UP_OVERDUE]: 'Tindak lanjut melewati tenggat',
  [NotificationKind.WINDOW_CLOSING]: 'Batas waktu LKE segera berakhir',
  [NotificationKind.COACHING_INVITATION]: 'Undangan pendampingan Zona Integritas',
  [NotificationKind.SECOND_REVIEW_WAITING]: 'LKE menunggu tinjauan kedua Anda',
};

export const sentenceOf = (row: Pick<PendingRow, 'kind' | 'params'>) => SENTENCES[row.kind](row.params);

const linkOf = (row: Pick<PendingRow, 'link'>, portalUrl: string) =>
  row.link ? `${portalUrl}${row.link}` : portalUrl;

const FOOTER = (portalUrl: string) =>
  `\n\n--\nPortal Zona Integritas: ${portalUrl}/admin/\nAtur kiriman surel di menu Notifikasi.`;

export function notificationMail(row: PendingRow, portalUrl: string): Omit<Mail, 'to'> {
  return {
    subject: SUBJECTS[row.kind],
    text: `Yth. ${row.name},\n\n${sentenceOf(row)}\n\nBuka: ${linkOf(row, portalUrl)}${FOOTER(portalUrl)}`,
  };
}

export function digestMail(rows: PendingRow[], portalUrl: string): Omit<Mail, 'to'> {
  const lines = rows.map((row) => `- ${sentenceOf(row)}\n  ${linkOf(row, portalUrl)}`);
  return {
    subject: `Ringkasan harian Zona Integritas: ${rows.length} pemberitahuan`,
    text: `Yth. ${rows[0]?.name ?? ''},\n\nPemberitahuan sejak ringkasan terakhir:\n\n${lines.join('\n')}${FOOTER(portalUrl)}`,
  };
}
