import './auth.css';
import { defineSection } from '../section';
import { LoginPage } from './LoginPage';
import { authEn } from './messages.en';
import { authId } from './messages.id';

export const section = defineSection({
  routes: [{ path: 'login', page: LoginPage, public: true }],
  messages: { id: authId, en: authEn },
});
