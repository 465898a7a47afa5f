import './letterhead.css';
import { defineSection } from '../section';
import { letterheadEn } from './messages.en';
import { letterheadId } from './messages.id';

/** How the Inspektorat heads, signs and numbers its LHE, on the units page beside the second review. */
export const section = defineSection({
  messages: { id: letterheadId, en: letterheadEn },
});
