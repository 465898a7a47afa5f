import './registry.css';
import { defineSection } from '../section';
import { registryEn } from './messages.en';
import { registryId } from './messages.id';
import { RegistryPage } from './RegistryPage';

export const section = defineSection({
  routes: [{ path: 'kelola', page: RegistryPage }],
  nav: { to: '/kelola', label: 'adminNav.registry', order: 80, needs: 'manageRegistry' },
  messages: { id: registryId, en: registryEn },
});
