import { todayInIndonesia } from '../../common/dates.js';
import { type FollowUp, FollowUpStatus } from './follow-up.entity.js';

/**
 * "Overdue", in one place (decision 0037): a follow-up the unit has not finished (open or in progress)
 * whose due date is before today's calendar day in Indonesia. Due today is not overdue yet; done
 * (awaiting verification) and verified ones never are. The follow-up list, its filter, the monitoring
 * report, the reminders and the dashboard all use this rule, in SQL or as its TypeScript twin.
 */
const UNFINISHED: ReadonlySet<FollowUpStatus> = new Set([FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS]);

/** SQL: the follow-up row `alias` is still owed by the unit. */
export const followUpUnfinishedSql = (alias: string) =>
  `${alias}.status IN (${[...UNFINISHED].map((status) => `'${status}'`).join(', ')})`;

/**
 * SQL: the follow-up row `alias` is overdue. `today` is the SQL of today's Indonesian calendar day,
 * a bound parameter holding `todayInIndonesia()` (`:today`, `$1::date`).
 */
export const followUpOverdueSql = (alias: string, today: string) =>
  `(${alias}.due_on < ${today} AND ${followUpUnfinishedSql(alias)})`;

/** The TypeScript twin of `followUpOverdueSql`. */
export function isOverdue(followUp: Pick<FollowUp, 'dueOn' | 'status'>, today = todayInIndonesia()): boolean {
  return followUp.dueOn < today && UNFINISHED.has(followUp.status);
}
