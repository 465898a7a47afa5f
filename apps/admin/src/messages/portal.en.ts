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

  'common.cancel': 'Cancel',

  'adminNav.label': 'Portal menu',
  'adminNav.waiting': '{count} waiting for you',

  ...labelsOf('role', role),

  'form.required': 'Required.',
  'form.tooLong': 'At most {max} characters.',
  'form.saving': 'Saving…',
  'form.save': 'Save',
};
