// Shown within the worksheet: the worksheet's styles come first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './workflow.css';
import { defineSection } from '../section';
import { workflowEn } from './messages.en';
import { workflowId } from './messages.id';

/** Moving a worksheet through its workflow, in the worksheet page. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: workflowId, en: workflowEn },
});
