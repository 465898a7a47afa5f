import { defineSection } from '../section';
import { RegistryPage } from './RegistryPage';

export const section = defineSection({
  routes: [{ path: 'kelola', page: RegistryPage }],
  nav: { to: '/kelola', label: 'adminNav.registry', order: 80, needs: 'manageRegistry' },
});
