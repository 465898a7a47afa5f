import { areasId } from './areas.id';
import { dashboardId } from './dashboard.id';
import { editingId } from './editing.id';
import { followUpFilesId } from './follow-up-files.id';
import { monitoringId } from './monitoring.id';
import { portalId } from './portal.id';
import { refusalsId } from './refusals.id';
import { registryId } from './registry.id';
import { workflowId } from './workflow.id';
import { worksheetId } from './worksheet.id';

/** The portal's own messages, in Bahasa Indonesia (the first language); the shared ones are in @zi/ui. */
export const adminId = {
  ...portalId,
  ...worksheetId,
  ...workflowId,
  ...editingId,
  ...areasId,
  ...registryId,
  ...monitoringId,
  ...dashboardId,
  ...followUpFilesId,
  ...refusalsId,
};
