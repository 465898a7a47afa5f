import { defineSection } from '../section';
import { SetPasswordPage } from './SetPasswordPage';

/** Where a one-time link sets a password; the people themselves are managed in the registry. */
export const section = defineSection({
  routes: [{ path: 'kata-sandi', page: SetPasswordPage, public: true }],
});
