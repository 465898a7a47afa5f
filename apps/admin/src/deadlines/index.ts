// Shown within the worksheet: the worksheet's styles come first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './deadlines.css';
import { defineSection } from '../section';
import { deadlinesEn } from './messages.en';
import { deadlinesId } from './messages.id';

/** A worksheet's deadlines, shown on the worksheet and the pages that list units, and setting or reopening them. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: deadlinesId, en: deadlinesEn },
});
