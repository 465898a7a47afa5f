import { areasEn } from './areas.en';
import { dashboardEn } from './dashboard.en';
import { editingEn } from './editing.en';
import { followUpFilesEn } from './follow-up-files.en';
import type { adminId } from './id';
import { monitoringEn } from './monitoring.en';
import { portalEn } from './portal.en';
import { refusalsEn } from './refusals.en';
import { registryEn } from './registry.en';
import { workflowEn } from './workflow.en';
import { worksheetEn } from './worksheet.en';

export const adminEn: Record<keyof typeof adminId, string> = {
  ...portalEn,
  ...worksheetEn,
  ...workflowEn,
  ...editingEn,
  ...areasEn,
  ...registryEn,
  ...monitoringEn,
  ...dashboardEn,
  ...followUpFilesEn,
  ...refusalsEn,
};
