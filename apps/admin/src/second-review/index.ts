import './second-review.css';
import { defineSection } from '../section';
import { secondReviewEn } from './messages.en';
import { secondReviewId } from './messages.id';

/** The team lead's second review of an evaluation, on the units page. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: secondReviewId, en: secondReviewEn },
});
