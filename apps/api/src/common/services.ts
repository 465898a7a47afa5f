import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { Db } from '../db/db.js';
import { AssessmentService } from '../modules/assessments/assessment.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { CoachingService } from '../modules/coaching/coaching.service.js';
import { DashboardService } from '../modules/dashboard/dashboard.service.js';
import { DocumentsService } from '../modules/documents/documents.service.js';
import { EvidenceService } from '../modules/evidence/evidence.service.js';
import { type EvidenceStore, LocalEvidenceStore } from '../modules/evidence/evidence.store.js';
import { S3EvidenceStore } from '../modules/evidence/s3-evidence.store.js';
import { AnswerHistoryService } from '../modules/history/answer-history.service.js';
import { InstansiService } from '../modules/instansi/instansi.service.js';
import { createMailer } from '../modules/mail/mailer.js';
import { FollowUpService } from '../modules/monitoring/follow-up.service.js';
import { FollowUpFileService } from '../modules/monitoring/follow-up-file.service.js';
import { MonitoringService } from '../modules/monitoring/monitoring.service.js';
import { NotificationService } from '../modules/notifications/notification.service.js';
import { ReminderService } from '../modules/notifications/reminder.service.js';
import { OpenDataService } from '../modules/open-data/open-data.service.js';
import { PactService } from '../modules/pacts/pact.service.js';
import { ActionPlanService } from '../modules/plans/action-plan.service.js';
import { StatisticsService } from '../modules/statistics/statistics.service.js';
import { UnitService } from '../modules/units/unit.service.js';
import { UnitImportService } from '../modules/units/unit-import.service.js';
import { UnitRegistryService } from '../modules/units/unit-registry.service.js';
import { UserService } from '../modules/users/user.service.js';
import { UserAdminService } from '../modules/users/user-admin.service.js';
import { WindowService } from '../modules/windows/window.service.js';
import { WorkflowService } from '../modules/workflow/workflow.service.js';

function evidenceStoreOf(config: Pick<Config, 'dataDir' | 'evidenceStore'>): EvidenceStore {
  const settings = config.evidenceStore;
  if (settings.kind === 's3') return new S3EvidenceStore(settings);
  return new LocalEvidenceStore(path.join(config.dataDir, 'evidence'));
}

/** The application's services, made once at start and shared by every request. */
export function createServices(
  dataSource: DataSource,
  config: Pick<Config, 'sessionTtlHours' | 'dataDir' | 'evidenceStore' | 'mail' | 'publicUrl'>,
) {
  const db = new Db(dataSource);
  const mailer = createMailer(config);
  const notifications = new NotificationService(db, mailer, config.publicUrl);
  const units = new UnitService(db);
  const windows = new WindowService(db);
  const assessments = new AssessmentService(db, units, windows);
  const evidenceStore = evidenceStoreOf(config);
  const followUps = new FollowUpService(db);
  return {
    actionPlans: new ActionPlanService(db, units),
    answerHistory: new AnswerHistoryService(db),
    assessments,
    coaching: new CoachingService(db, notifications),
    dashboard: new DashboardService(db),
    documents: new DocumentsService(db, assessments),
    evidence: new EvidenceService(db, assessments, evidenceStore),
    auth: new AuthService(db, config.sessionTtlHours),
    followUps,
    followUpFiles: new FollowUpFileService(db, followUps, evidenceStore),
    instansi: new InstansiService(db),
    monitoring: new MonitoringService(db, units),
    notifications,
    openData: new OpenDataService(db),
    pacts: new PactService(db),
    statistics: new StatisticsService(db),
    units,
    unitImport: new UnitImportService(db),
    unitRegistry: new UnitRegistryService(db),
    reminders: new ReminderService(db, notifications),
    userAdmin: new UserAdminService(db, mailer, notifications, config.publicUrl),
    users: new UserService(db),
    windows,
    workflow: new WorkflowService(db, units, windows, notifications),
  };
}

export type Services = ReturnType<typeof createServices>;
