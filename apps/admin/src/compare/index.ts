import { defineSection } from '../section';
import { ComparePage } from './ComparePage';

export const section = defineSection({
  routes: [{ path: 'assessments/:id/compare', page: ComparePage }],
});
