import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { DEFAULT_POOL, type PoolSettings } from '../config.js';
import type { Feature } from '../modules/feature.js';
import * as modules from '../modules/index.js';
import { refuseSecondConnections } from './db.js';
import { Initial1763800000000 } from './migrations/1763800000000-initial.js';
import { Assessments1763900000000 } from './migrations/1763900000000-assessments.js';
import { PublicDataVersion1764000000000 } from './migrations/1764000000000-public-data-version.js';
import { Evidence1764100000000 } from './migrations/1764100000000-evidence.js';
import { Workflow1764200000000 } from './migrations/1764200000000-workflow.js';
import { Windows1764300000000 } from './migrations/1764300000000-windows.js';
import { SecondReview1764400000000 } from './migrations/1764400000000-second-review.js';
import { Portfolio1764500000000 } from './migrations/1764500000000-portfolio.js';
import { PlansCoachingNotifications1764600000000 } from './migrations/1764600000000-plans-coaching-notifications.js';
import { ScorePoints1764700000000 } from './migrations/1764700000000-score-points.js';
import { FollowUpReviewNote1764800000000 } from './migrations/1764800000000-follow-up-review-note.js';
import { FollowUpFiles1764900000000 } from './migrations/1764900000000-follow-up-files.js';
import { Utf8FileNames1765000000000 } from './migrations/1765000000000-utf8-file-names.js';
import { LoginThrottle1765100000000 } from './migrations/1765100000000-login-throttle.js';
import { LoginThrottleHolds1765200000000 } from './migrations/1765200000000-login-throttle-holds.js';
import { RegistryRules1765300000000 } from './migrations/1765300000000-registry-rules.js';
import { AliasesTimelineSteps1765400000000 } from './migrations/1765400000000-aliases-timeline-steps.js';
import { RescoreStoredLayers1765500000000 } from './migrations/1765500000000-rescore-stored-layers.js';
import { EffectiveRegion1765600000000 } from './migrations/1765600000000-effective-region.js';
import { ScoreTotalPrecision1765700000000 } from './migrations/1765700000000-score-total-precision.js';
import { PublicDataVersionNotify1765800000000 } from './migrations/1765800000000-public-data-version-notify.js';
import { DashboardLayerFacts1765900000000 } from './migrations/1765900000000-dashboard-layer-facts.js';
import { ActiveUnitCount1766000000000 } from './migrations/1766000000000-active-unit-count.js';
import { LheReport1766100000000 } from './migrations/1766100000000-lhe-report.js';
import { ProposalPackage1766200000000 } from './migrations/1766200000000-proposal-package.js';
import { InstansiLogo1766300000000 } from './migrations/1766300000000-instansi-logo.js';
import { LheRevision1766400000000 } from './migrations/1766400000000-lhe-revision.js';
import { TimeZonesAndMailAtOnce1766500000000 } from './migrations/1766500000000-time-zones-and-mail-at-once.js';
import { MonitoringProgressVersion1766600000000 } from './migrations/1766600000000-monitoring-progress-version.js';
import { EvidenceGuidance1766700000000 } from './migrations/1766700000000-evidence-guidance.js';
import { PerceptionSurveys1766800000000 } from './migrations/1766800000000-perception-surveys.js';
import { SnakeNamingStrategy } from './naming.js';

// A `date` is a calendar day, not an instant: keep PostgreSQL's 'YYYY-MM-DD' instead of a Date
// shifted by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const entities = Object.values<Feature>(modules).flatMap((feature) => feature.entities ?? []);

export const migrations = [
  Initial1763800000000,
  Assessments1763900000000,
  PublicDataVersion1764000000000,
  Evidence1764100000000,
  Workflow1764200000000,
  Windows1764300000000,
  SecondReview1764400000000,
  Portfolio1764500000000,
  PlansCoachingNotifications1764600000000,
  ScorePoints1764700000000,
  FollowUpReviewNote1764800000000,
  FollowUpFiles1764900000000,
  Utf8FileNames1765000000000,
  LoginThrottle1765100000000,
  LoginThrottleHolds1765200000000,
  RegistryRules1765300000000,
  AliasesTimelineSteps1765400000000,
  RescoreStoredLayers1765500000000,
  EffectiveRegion1765600000000,
  ScoreTotalPrecision1765700000000,
  PublicDataVersionNotify1765800000000,
  DashboardLayerFacts1765900000000,
  ActiveUnitCount1766000000000,
  LheReport1766100000000,
  ProposalPackage1766200000000,
  InstansiLogo1766300000000,
  LheRevision1766400000000,
  TimeZonesAndMailAtOnce1766500000000,
  MonitoringProgressVersion1766600000000,
  EvidenceGuidance1766700000000,
  PerceptionSurveys1766800000000,
];

/** The URL a data source connects with, for a connection of its own (a LISTEN, a probe). */
export const databaseUrlOf = (dataSource: DataSource) => (dataSource.options as { url?: string }).url ?? '';

export interface DataSourceOptions {
  logger?: Logger;
  pool?: Partial<PoolSettings>;
}

/**
 * The application's DataSource. It refuses a second pooled connection to code inside a
 * transaction (see db.ts), and its sessions carry timeouts so that no stuck request can hold a
 * connection or a lock forever.
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const pool = { ...DEFAULT_POOL, ...options.pool };
  const settings = [
    // Word similarity ≥ 0.5 lets search forgive one or two wrong letters in a word (see UnitService).
    'pg_trgm.word_similarity_threshold=0.5',
    `statement_timeout=${pool.statementTimeoutMs}`,
    `idle_in_transaction_session_timeout=${pool.idleInTransactionTimeoutMs}`,
  ];
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    extra: {
      max: pool.size,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      application_name: 'zi-api',
      options: settings.map((setting) => `-c ${setting}`).join(' '),
    },
  });
  return refuseSecondConnections(dataSource);
}
