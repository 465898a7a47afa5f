import './worksheet.css';
import { defineSection } from '../section';
import { worksheetEn } from './messages.en';
import { worksheetId } from './messages.id';
import { WorksheetPage } from './WorksheetPage';

export const section = defineSection({
  routes: [{ path: 'assessments/:id', page: WorksheetPage }],
  messages: { id: worksheetId, en: worksheetEn },
});
