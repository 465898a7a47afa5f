import type { Role } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { portalId } from './portal.id';

const role: Record<Role, string> = {
  ADMIN: 'Inspectorate',
  EVALUATOR: 'TPI evaluator',
  UNIT_OPERATOR: 'Unit operator',
};

export const portalEn: Record<keyof typeof portalId, string> = {
  'admin.name': 'Zona Integritas Inspectorate portal',
  'admin.publicSite': 'Public site',
  'login.title': 'Sign in',
  'login.intro': 'For Inspectorate staff, TPI evaluators and work unit operators.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.failed': 'Sign-in failed',
  'login.sessionEnded': 'Your session has ended. Please sign in again.',
  'user.logout': 'Sign out',
  'units.title': 'Work units',
  'units.intro': 'The work units within your account’s scope.',
  'units.caption': 'Work units within your scope',
  'units.publicPage': 'Public page',
  'units.lkeYear': 'LKE year',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'No LKE yet',
  'units.lkeOpen': 'Open the LKE',
  'units.lkeOf': 'LKE of {unit}',
  'units.layerTotal': '{layer} {total}',

  'common.cancel': 'Cancel',

  'adminNav.label': 'Portal menu',
  'adminNav.units': 'Work units',
  'adminNav.queue': 'Evaluation queue',

  'queue.title': 'Evaluation queue',
  'queue.intro': 'The worksheets of the units in your scope: status, deadline and progress.',
  'queue.caption': 'Worksheets to evaluate',
  'queue.status': 'Status',
  'queue.unitProgress': 'Answered by the unit',
  'queue.tpiProgress': 'Answered by the TPI',
  'queue.unitScore': 'Unit score',
  'queue.tpiScore': 'TPI score',
  'queue.activity': 'Last activity',
  'queue.deadline': 'Deadline',
  'queue.deadlineLayer.UNIT': 'unit filling',
  'queue.deadlineLayer.TPI': 'TPI evaluation',
  'queue.dueToday': 'today',
  'queue.dueTomorrow': 'tomorrow',
  'queue.daysLeft': '{count} days left',
  'queue.overdue': '{count} days overdue',
  'queue.overdueOne': '1 day overdue',
  'queue.reopened': 'reopened',
  'queue.sort': 'Sort by',
  'queue.sortActivity': 'Latest activity',
  'queue.sortDeadline': 'Soonest deadline',
  'queue.progress': '{answered}/{questions}',
  'queue.empty': 'No worksheets for this year yet.',
  'queue.count': 'Worksheets: {count}',

  ...labelsOf('role', role),
};
