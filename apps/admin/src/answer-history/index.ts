// Shown within the worksheet: the worksheet's styles come first, whatever the order of the sections.
import '../worksheet/worksheet.css';
import './answer-history.css';
import { defineSection } from '../section';
import { answerHistoryEn } from './messages.en';
import { answerHistoryId } from './messages.id';

/** The history of an answer, opened from a question of the worksheet. No page of its own: its parts are shown in other sections' pages. */
export const section = defineSection({
  messages: { id: answerHistoryId, en: answerHistoryEn },
});
