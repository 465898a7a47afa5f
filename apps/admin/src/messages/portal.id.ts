import type { Role } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const role: Record<Role, string> = {
  ADMIN: 'Inspektorat',
  EVALUATOR: 'Evaluator TPI',
  UNIT_OPERATOR: 'Operator unit',
};

/** The portal's frame: signing in, the account, its navigation, the unit list and the review queue, in Bahasa Indonesia (the first language). */
export const portalId = {
  'admin.name': 'Portal Inspektorat Zona Integritas',
  'admin.publicSite': 'Situs publik',
  'login.title': 'Masuk',
  'login.intro': 'Untuk Inspektorat, evaluator TPI dan operator unit kerja.',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Sedang masuk…',
  'login.failed': 'Gagal masuk',
  'login.sessionEnded': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'user.logout': 'Keluar',
  'units.title': 'Unit kerja',
  'units.intro': 'Unit kerja dalam cakupan akun Anda.',
  'units.caption': 'Unit kerja dalam cakupan Anda',
  'units.publicPage': 'Halaman publik',
  'units.lkeYear': 'Tahun LKE',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'Belum ada LKE',
  'units.lkeOpen': 'Buka LKE',
  'units.lkeOf': 'LKE {unit}',
  'units.layerTotal': '{layer} {total}',

  'common.cancel': 'Batal',

  'adminNav.label': 'Menu portal',
  'adminNav.units': 'Unit kerja',
  'adminNav.queue': 'Antrian evaluasi',

  'queue.title': 'Antrian evaluasi',
  'queue.intro': 'LKE unit dalam cakupan Anda: status, tenggat, dan kemajuannya.',
  'queue.caption': 'LKE yang dievaluasi',
  'queue.status': 'Status',
  'queue.unitProgress': 'Terjawab unit',
  'queue.tpiProgress': 'Terjawab TPI',
  'queue.unitScore': 'Nilai unit',
  'queue.tpiScore': 'Nilai TPI',
  'queue.activity': 'Aktivitas terakhir',
  'queue.deadline': 'Tenggat',
  'queue.deadlineLayer.UNIT': 'pengisian unit',
  'queue.deadlineLayer.TPI': 'evaluasi TPI',
  'queue.dueToday': 'hari ini',
  'queue.dueTomorrow': 'besok',
  'queue.daysLeft': '{count} hari lagi',
  'queue.overdue': 'lewat {count} hari',
  'queue.overdueOne': 'lewat 1 hari',
  'queue.reopened': 'dibuka kembali',
  'queue.sort': 'Urutkan',
  'queue.sortActivity': 'Aktivitas terbaru',
  'queue.sortDeadline': 'Tenggat terdekat',
  'queue.progress': '{answered}/{questions}',
  'queue.empty': 'Belum ada LKE untuk tahun ini.',
  'queue.count': 'LKE: {count}',

  ...labelsOf('role', role),
};
