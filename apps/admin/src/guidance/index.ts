// Shown within the worksheet: the worksheet's styles come first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './guidance.css';
import { defineSection } from '../section';
import { guidanceEn } from './messages.en';
import { guidanceId } from './messages.id';

/** What evidence each worksheet question expects, beside its answer. No page of its own. */
export const section = defineSection({
  messages: { id: guidanceId, en: guidanceEn },
});
