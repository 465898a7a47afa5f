import './compare.css';
import { defineSection } from '../section';
import { ComparePage } from './ComparePage';
import { compareEn } from './messages.en';
import { compareId } from './messages.id';

export const section = defineSection({
  routes: [{ path: 'assessments/:id/compare', page: ComparePage }],
  messages: { id: compareId, en: compareEn },
});
