import { defineSection } from '../section';
import { WorksheetPage } from './WorksheetPage';

export const section = defineSection({
  routes: [{ path: 'assessments/:id', page: WorksheetPage }],
});
