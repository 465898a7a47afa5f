import type { NotificationItemFragment, NotificationKind } from '@zi/schema/admin';
import { formatDate, formatDateTime, type Locale, type Translate } from '@zi/ui';

type Params = NotificationItemFragment['params'];
/** A kind's sentence from its params; null when a value it needs is missing or malformed. */
type Sentence = (params: Params, t: Translate, locale: Locale) => string | null;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
const texts = (value: unknown): string[] | null =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string') ? value : null;

/** The units named, and how many more there are when the notification names only the first ones. */
function unitList(names: readonly string[], total: number, t: Translate): string {
  const listed = names.join(', ');
  return total > names.length
    ? t('notifications.andMore', { names: listed, count: total - names.length })
    : listed;
}

const followUp =
  (key: 'notification.followUpDue' | 'notification.followUpOverdue'): Sentence =>
  (params, t, locale) => {
    const description = text(params.description);
    const dueOn = text(params.dueOn);
    const unitName = text(params.unitName);
    if (!description || !dueOn || !unitName) return null;
    return t(key, { description, unitName, dueOn: formatDate(dueOn, locale) });
  };

const SENTENCES: Record<NotificationKind, Sentence> = {
  ASSIGNMENT: (params, t) => {
    const units = count(params.units);
    const names = texts(params.unitNames);
    if (units === null || !names) return null;
    const key = params.lead === true ? 'notification.assignmentLead' : 'notification.assignment';
    return t(key, { count: units, names: unitList(names, units, t) });
  },
  QUESTION_RETURNED: (params, t) => {
    const unitName = text(params.unitName);
    const year = count(params.year);
    const codes = texts(params.codes);
    if (!unitName || year === null || !codes) return null;
    // A year is a name, not a quantity: "2026", never "2.026".
    return t('notification.questionReturned', {
      count: codes.length,
      year: String(year),
      unitName,
      codes: codes.join(', '),
    });
  },
  FOLLOW_UP_DUE: followUp('notification.followUpDue'),
  FOLLOW_UP_OVERDUE: followUp('notification.followUpOverdue'),
  WINDOW_CLOSING: (params, t, locale) => {
    const until = text(params.until);
    const year = count(params.year);
    const unitName = text(params.unitName);
    if (!until || year === null || !unitName || (params.layer !== 'unit' && params.layer !== 'tpi'))
      return null;
    const key = params.layer === 'unit' ? 'notification.windowClosingUnit' : 'notification.windowClosingTpi';
    return t(key, { year: String(year), unitName, until: formatDate(until, locale) });
  },
  SECOND_REVIEW_WAITING: (params, t) => {
    const unitName = text(params.unitName);
    const year = count(params.year);
    const approverName = text(params.approverName);
    if (!unitName || year === null || !approverName) return null;
    return t('notification.secondReviewWaiting', { unitName, year: String(year), approverName });
  },
  COACHING_INVITATION: (params, t, locale) => {
    const topic = text(params.topic);
    const startsAt = text(params.startsAt);
    const unitName = text(params.unitName);
    if (!topic || !startsAt || !unitName) return null;
    // In the instansi's zone, as the invitation says it (older ones name none: Jakarta's).
    const when = formatDateTime(startsAt, locale, text(params.timeZone) ?? 'Asia/Jakarta');
    const place = text(params.place);
    return place
      ? t('notification.coachingInvitationAt', { topic, unitName, startsAt: when, place })
      : t('notification.coachingInvitation', { topic, unitName, startsAt: when });
  },
};

/**
 * A notification in the viewer's words: its kind as a title, and a sentence from its params; the
 * sentence is null for a kind this build does not know, or params without what it needs.
 */
export function notificationText(
  notification: Pick<NotificationItemFragment, 'kind' | 'params'>,
  t: Translate,
  locale: Locale,
): { title: string | null; sentence: string | null } {
  const sentence = SENTENCES[notification.kind] as Sentence | undefined;
  if (!sentence) return { title: null, sentence: null };
  return {
    title: t(`notificationKind.${notification.kind}`),
    sentence: sentence(notification.params, t, locale),
  };
}
