// Shown within the worksheet (and refining its blocks: `.question--editing`): the worksheet's styles come
// first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './editing.css';
import { defineSection } from '../section';
import { editingEn } from './messages.en';
import { editingId } from './messages.id';

/** Editing the worksheet's answers, in the worksheet page. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: editingId, en: editingEn },
});
