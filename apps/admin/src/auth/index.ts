import { defineSection } from '../section';
import { LoginPage } from './LoginPage';

export const section = defineSection({
  routes: [{ path: 'login', page: LoginPage, public: true }],
});
