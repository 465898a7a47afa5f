import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { LoginAttempt, Session } from '../modules/auth/session.entity.js';
import { Instansi } from '../modules/instansi/instansi.entity.js';
import { Pact } from '../modules/pacts/pact.entity.js';
import { Predicate } from '../modules/predicates/predicate.entity.js';
import { StageEvent } from '../modules/stages/stage-event.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { EvaluatorAssignment, User } from '../modules/users/user.entity.js';
import { Initial1763800000000 } from './migrations/1763800000000-initial.js';
import { SnakeNamingStrategy } from './naming.js';

// A `date` is a calendar day, not an instant: keep PostgreSQL's 'YYYY-MM-DD' instead of a Date
// shifted by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const entities = [
  Instansi,
  Unit,
  StageEvent,
  Predicate,
  Pact,
  User,
  EvaluatorAssignment,
  Session,
  LoginAttempt,
  AuditEvent,
];

export const migrations = [Initial1763800000000];

export function createDataSource(url: string, logger?: Logger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger,
    logging: logger ? ['query'] : false,
    extra: { max: 10, application_name: 'zi-api' },
  });
}
