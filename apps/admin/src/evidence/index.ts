// Shown within the worksheet: the worksheet's styles come first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './evidence.css';
import { defineSection } from '../section';
import { evidenceEn } from './messages.en';
import { evidenceId } from './messages.id';

/** The evidence of an answer, and the files and links of a follow-up. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: evidenceId, en: evidenceEn },
});
