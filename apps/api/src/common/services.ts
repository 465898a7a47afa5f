import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { AssessmentService } from '../modules/assessments/assessment.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { DocumentsService } from '../modules/documents/documents.service.js';
import { EvidenceService } from '../modules/evidence/evidence.service.js';
import { LocalEvidenceStore } from '../modules/evidence/evidence.store.js';
import { InstansiService } from '../modules/instansi/instansi.service.js';
import { OpenDataService } from '../modules/open-data/open-data.service.js';
import { PactService } from '../modules/pacts/pact.service.js';
import { StatisticsService } from '../modules/statistics/statistics.service.js';
import { UnitService } from '../modules/units/unit.service.js';
import { UserService } from '../modules/users/user.service.js';
import { WindowService } from '../modules/windows/window.service.js';
import { WorkflowService } from '../modules/workflow/workflow.service.js';

/** The application's services, made once at start and shared by every request. */
export function createServices(dataSource: DataSource, config: Pick<Config, 'sessionTtlHours' | 'dataDir'>) {
  const units = new UnitService(dataSource);
  const windows = new WindowService(dataSource);
  const assessments = new AssessmentService(dataSource, units, windows);
  return {
    assessments,
    documents: new DocumentsService(dataSource, assessments),
    evidence: new EvidenceService(
      dataSource,
      assessments,
      new LocalEvidenceStore(path.join(config.dataDir, 'evidence')),
    ),
    auth: new AuthService(dataSource, config.sessionTtlHours),
    instansi: new InstansiService(dataSource),
    openData: new OpenDataService(dataSource),
    pacts: new PactService(dataSource),
    statistics: new StatisticsService(dataSource),
    units,
    users: new UserService(dataSource),
    windows,
    workflow: new WorkflowService(dataSource, units, windows),
  };
}

export type Services = ReturnType<typeof createServices>;
