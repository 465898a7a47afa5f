import { readFile } from 'node:fs/promises';
import { type GraphQLSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsWithoutRule } from '../modules/auth/access.js';
import { buildAdminSchema, buildPublicSchema } from './build.js';
import { printSchemaSdl, schemaFiles } from './sdl.js';

let publicSchema: GraphQLSchema;
let adminSchema: GraphQLSchema;

beforeAll(async () => {
  [publicSchema, adminSchema] = await Promise.all([buildPublicSchema(), buildAdminSchema()]);
});

describe('committed SDL', () => {
  it.each(schemaFiles.map((file) => [file.name, file] as const))(
    'packages/schema/%s.graphql matches the code (run `npm run schema:emit`)',
    async (_name, file) => {
      const committed = await readFile(file.path, 'utf8');
      expect(printSchemaSdl(file.name === 'public' ? publicSchema : adminSchema)).toBe(committed);
    },
  );
});

describe('admin schema: default deny', () => {
  it('gives every query and mutation an explicit access rule', () => {
    expect(fieldsWithoutRule(adminSchema)).toEqual([]);
    expect(Object.keys(adminSchema.getQueryType()?.getFields() ?? {}).length).toBeGreaterThan(0);
  });
});

describe('public schema: only what a citizen may see', () => {
  it('has no mutations', () => {
    expect(publicSchema.getMutationType()).toBeUndefined();
  });

  it('cannot reach the Inspektorat’s internal work: people, scores, monitoring, coaching, plans, notifications', () => {
    const internal = [
      'User',
      'Assessment',
      'Answer',
      'Evidence',
      'MonitoringRound',
      'Finding',
      'Recommendation',
      'FollowUp',
      'CoachingSession',
      'ActionPlanItem',
      'Notification',
      'PortfolioDashboard',
      'EvaluatorAssignment',
    ];
    for (const name of internal) {
      expect(adminSchema.getType(name), `${name} exists in the admin schema`).toBeDefined();
      expect(publicSchema.getType(name), `${name} must not be public`).toBeUndefined();
    }
    const unit = publicSchema.getType('Unit');
    const unitFields = isObjectType(unit) ? Object.keys(unit.getFields()) : [];
    for (const field of ['code', 'regionCode', 'archivedAt', 'evaluators', 'assessment']) {
      expect(unitFields).not.toContain(field);
    }
  });

  it('exposes exactly the reviewed fields: a new public field must be added here on purpose', () => {
    const fields = Object.values(publicSchema.getTypeMap())
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
          ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`)
          : [],
      )
      .sort();
    expect(fields).toEqual([
      'ArchiveRefusal.limit',
      'ArchiveRefusal.max',
      'Instansi.id',
      'Instansi.kind',
      'Instansi.name',
      'Instansi.regionCode',
      'InstansiConnection.edges',
      'InstansiConnection.nodes',
      'InstansiConnection.pageInfo',
      'InstansiConnection.totalCount',
      'InstansiEdge.cursor',
      'InstansiEdge.node',
      'InstansiFilter.kind',
      'InstansiFilter.regionCode',
      'InstansiFilter.search',
      'InstansiOrder.direction',
      'InstansiOrder.field',
      'InstansiStatistics.buildingZi',
      'InstansiStatistics.instansi',
      'InstansiStatistics.revoked',
      'InstansiStatistics.units',
      'InstansiStatistics.wbbm',
      'InstansiStatistics.wbk',
      'LheReplacement.issuedOn',
      'LheReplacement.number',
      'LheVerification.instansiName',
      'LheVerification.issuedOn',
      'LheVerification.number',
      'LheVerification.revision',
      'LheVerification.revisionReason',
      'LheVerification.sha256',
      'LheVerification.supersededBy',
      'LheVerification.unitName',
      'LheVerification.verificationCode',
      'LheVerification.year',
      'Node.id',
      'Pact.documentRef',
      'Pact.id',
      'Pact.leaderName',
      'Pact.occasion',
      'Pact.signatoryCount',
      'Pact.signedOn',
      'Pact.unit',
      'Pact.verificationCode',
      'PactConnection.edges',
      'PactConnection.nodes',
      'PactConnection.pageInfo',
      'PactConnection.totalCount',
      'PactEdge.cursor',
      'PactEdge.node',
      'PactFilter.includeArchived',
      'PactFilter.instansiId',
      'PactFilter.search',
      'PactFilter.unitId',
      'PactFilter.year',
      'PactOrder.direction',
      'PactOrder.field',
      'PageInfo.endCursor',
      'PageInfo.hasNextPage',
      'PageInfo.hasPreviousPage',
      'PageInfo.startCursor',
      'Predicate.decreeDate',
      'Predicate.decreeNumber',
      'Predicate.kind',
      'Predicate.revocationReason',
      'Predicate.revokedOn',
      'Predicate.year',
      'PredicateCount.predicate',
      'PredicateCount.units',
      'PublicRefusal.reason',
      'Query.instansi',
      'Query.instansiList',
      'Query.node',
      'Query.pacts',
      'Query.statistics',
      'Query.unit',
      'Query.units',
      'Query.verifyLhe',
      'Query.verifyPact',
      'Refusal.field',
      'Refusal.reason',
      'RegionStatistics.buildingZi',
      'RegionStatistics.name',
      'RegionStatistics.regionCode',
      'RegionStatistics.revoked',
      'RegionStatistics.units',
      'RegionStatistics.wbbm',
      'RegionStatistics.wbk',
      'StageCount.stage',
      'StageCount.units',
      'StageEvent.note',
      'StageEvent.occurredOn',
      'StageEvent.sourceUrl',
      'StageEvent.stage',
      'StageEvent.year',
      'Statistics.byInstansi',
      'Statistics.byPredicate',
      'Statistics.byRegion',
      'Statistics.byStage',
      'Statistics.byYear',
      'Statistics.totalUnits',
      'StatisticsFilter.instansiId',
      'StatisticsFilter.regionCode',
      'Unit.activePredicate',
      'Unit.address',
      'Unit.aliases',
      'Unit.archivedOn',
      'Unit.currentStage',
      'Unit.currentStageOn',
      'Unit.headName',
      'Unit.id',
      'Unit.instansi',
      'Unit.kind',
      'Unit.name',
      'Unit.pacts',
      'Unit.predicates',
      'Unit.servesPublic',
      'Unit.timeline',
      'UnitConnection.edges',
      'UnitConnection.nodes',
      'UnitConnection.pageInfo',
      'UnitConnection.totalCount',
      'UnitEdge.cursor',
      'UnitEdge.node',
      'UnitFilter.buildingZi',
      'UnitFilter.includeArchived',
      'UnitFilter.instansiId',
      'UnitFilter.kind',
      'UnitFilter.predicate',
      'UnitFilter.regionCode',
      'UnitFilter.search',
      'UnitFilter.stage',
      'UnitFilter.year',
      'UnitOrder.direction',
      'UnitOrder.field',
      'YearStatistics.stages',
      'YearStatistics.year',
    ]);
  });

  it('contains no internal types or fields', () => {
    const typeNames = Object.keys(publicSchema.getTypeMap());
    for (const internal of [
      'User',
      'Role',
      'LoginInput',
      'Assessment',
      'Answer',
      'AssessmentLayer',
      'LayerScore',
    ]) {
      expect(typeNames).not.toContain(internal);
    }
    const fieldNames = Object.values(publicSchema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    expect(fieldNames).toContain('Unit.name');
    for (const field of fieldNames)
      expect(field).not.toMatch(/password|email|session|evaluator|unitId|instansiId/i);
  });
});
