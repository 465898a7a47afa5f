import { defineSection } from '../section';
import { usersEn } from './messages.en';
import { usersId } from './messages.id';
import { SetPasswordPage } from './SetPasswordPage';

/**
 * Where a one-time link sets a password. The people themselves are managed in the registry's page,
 * with this feature's parts and messages.
 */
export const section = defineSection({
  routes: [{ path: 'kata-sandi', page: SetPasswordPage, public: true }],
  messages: { id: usersId, en: usersEn },
});
