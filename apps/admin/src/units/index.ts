import { defineSection } from '../section';
import { UnitsPage } from './UnitsPage';

export const section = defineSection({
  routes: [{ index: true, page: UnitsPage }],
  nav: { to: '/', label: 'adminNav.units', order: 10, end: true },
});
