import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { AssessmentService } from '../modules/assessments/assessment.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { InstansiService } from '../modules/instansi/instansi.service.js';
import { OpenDataService } from '../modules/open-data/open-data.service.js';
import { PactService } from '../modules/pacts/pact.service.js';
import { StatisticsService } from '../modules/statistics/statistics.service.js';
import { UnitService } from '../modules/units/unit.service.js';
import { UserService } from '../modules/users/user.service.js';

/** The application's services, made once at start and shared by every request. */
export function createServices(dataSource: DataSource, config: Pick<Config, 'sessionTtlHours'>) {
  const units = new UnitService(dataSource);
  return {
    assessments: new AssessmentService(dataSource, units),
    auth: new AuthService(dataSource, config.sessionTtlHours),
    instansi: new InstansiService(dataSource),
    openData: new OpenDataService(dataSource),
    pacts: new PactService(dataSource),
    statistics: new StatisticsService(dataSource),
    units,
    users: new UserService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
