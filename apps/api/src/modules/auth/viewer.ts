import { unauthenticated } from '../../common/errors.js';
import type { Role } from './user.entity.js';

/** The logged-in person, as the admin schema's rules see them. */
export interface Viewer {
  id: string;
  sessionId: string;
  role: Role;
  instansiId: string | null;
  unitId: string | null;
}

/** The viewer of an admin operation; the access guard refuses anonymous callers before this runs. */
export function viewerOf(context: { viewer: Viewer | null }): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
