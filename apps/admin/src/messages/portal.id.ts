import type { Role } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const role: Record<Role, string> = {
  ADMIN: 'Inspektorat',
  EVALUATOR: 'Evaluator TPI',
  UNIT_OPERATOR: 'Operator unit',
};

/** What no one feature owns: the portal’s name and frame, the words its forms share, and the roles, in Bahasa Indonesia (the first language). */
export const portalId = {
  'admin.name': 'Portal Inspektorat Zona Integritas',
  'admin.publicSite': 'Situs publik',

  'common.cancel': 'Batal',

  'adminNav.label': 'Menu portal',
  'adminNav.waiting': '{count} menunggu Anda',

  ...labelsOf('role', role),

  'form.required': 'Wajib diisi.',
  'form.tooLong': 'Paling banyak {max} karakter.',
  'form.saving': 'Menyimpan…',
  'form.save': 'Simpan',
};
