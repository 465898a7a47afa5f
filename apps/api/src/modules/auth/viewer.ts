import type { Role } from '../users/user.entity.js';

/** The logged-in person, as the admin schema's rules see them. */
export interface Viewer {
  id: string;
  sessionId: string;
  role: Role;
  instansiId: string | null;
  unitId: string | null;
}
