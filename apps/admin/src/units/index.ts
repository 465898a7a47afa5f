import './units.css';
import { defineSection } from '../section';
import { unitsEn } from './messages.en';
import { unitsId } from './messages.id';
import { UnitsPage } from './UnitsPage';

export const section = defineSection({
  routes: [{ index: true, page: UnitsPage }],
  nav: { to: '/', label: 'adminNav.units', order: 10, end: true },
  messages: { id: unitsId, en: unitsEn },
});
