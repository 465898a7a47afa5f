import { CSRF_HEADER } from '../http/csrf.js';

/** What the portal sends with every write to a plain admin HTTP route (decision 0030). */
export const csrfHeaders = { [CSRF_HEADER]: 'true' } as const;
