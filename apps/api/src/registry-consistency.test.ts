import { DashboardOverviewDocument, type DashboardOverviewQuery } from '@zi/schema/admin';
import {
  DirectoryUnitsDocument,
  StatisticsDocument,
  type StatisticsQuery,
  type UnitFilter,
  type UnitKind,
} from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './common/global-id.js';
import { regionContains } from './modules/instansi/region-code.js';
import { FEED_ENTRIES } from './modules/open-data/atom.js';
import { PredicateKind } from './modules/predicates/predicate.entity.js';
import { activePredicateOf, everAwarded } from './modules/predicates/predicate-rules.js';
import { effectiveRegion, isUnitInRegion, provinceOf } from './modules/units/region-rule.js';
import { csvRecords } from './test/csv.js';
import { createTestApp, graphql, signInAs, type TestApp } from './test/harness.js';
import { type GeneratedRegistry, generateRegistry } from './test/registry-data.js';

/**
 * One question, one number (issue 11, decision 0035): over a random registry, the public directory,
 * the public statistics, the open-data CSVs, the Atom feed and the admin dashboard give the same
 * count for every combination of region, kind and predicate, and it is the count the rules in
 * predicate-rules.ts and region-rule.ts give on the rows themselves.
 */

const SEED = 20261207;
const REGIONS = [null, '99', '99.01', '99.02', '99.71', '98', '97'];
const KINDS = [null, 'dinas', 'school'];
const PREDICATES = [null, PredicateKind.WBK, PredicateKind.WBBM];
const STAGES = ['declared', 'proposed', 'wbk', 'wbbm', 'not_awarded', 'revoked'];
const YEAR = 2026;

let app: TestApp;
let admin: string;
let registry: GeneratedRegistry;
let model: ModelUnit[];
let unitsCsv: Array<Record<string, string>>;
let predicatesCsv: Array<Record<string, string>>;
let feed: string;

interface ModelUnit {
  id: string;
  instansiId: string;
  kind: string;
  unitRegion: string | null;
  instansiRegion: string | null;
  stage: string | null;
  predicates: Array<{ kind: PredicateKind; revokedOn: string | null }>;
}

interface Question {
  region: string | null;
  kind: string | null;
  predicate: PredicateKind | null;
  instansiId: string | null;
}

/** What the rules say, read from the rows themselves. */
const modelCount = (q: Question, stage?: string) =>
  model.filter(
    (unit) =>
      (!q.region || isUnitInRegion(unit.unitRegion, unit.instansiRegion, q.region)) &&
      (!q.kind || unit.kind === q.kind) &&
      (!q.predicate || activePredicateOf(unit.predicates) === q.predicate) &&
      (!q.instansiId || unit.instansiId === q.instansiId) &&
      (stage === undefined || unit.stage === stage),
  ).length;

const unitIdOf = (globalId: string) => fromGlobalId(globalId)?.id ?? globalId;

/** A value of the schema's enums, from the rows' lower-case one. */
const enumOf = <Value extends string>(value: string) => value.toUpperCase() as Value;

async function directoryCount(q: Question, stage?: string): Promise<number> {
  const filter: UnitFilter = {
    ...(q.region ? { regionCode: q.region } : {}),
    ...(q.kind ? { kind: enumOf<UnitKind>(q.kind) } : {}),
    ...(q.predicate ? { predicate: enumOf<NonNullable<UnitFilter['predicate']>>(q.predicate) } : {}),
    ...(q.instansiId ? { instansiId: toGlobalId('Instansi', q.instansiId) } : {}),
    ...(stage ? { stage: enumOf<NonNullable<UnitFilter['stage']>>(stage) } : {}),
  };
  const result = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 1, filter });
  expect(result.errors, JSON.stringify(filter)).toBeUndefined();
  return result.data?.units.totalCount ?? Number.NaN;
}

type Statistics = StatisticsQuery['statistics'];

async function statistics(q: Question): Promise<Statistics> {
  const filter = {
    ...(q.region ? { regionCode: q.region } : {}),
    ...(q.instansiId ? { instansiId: toGlobalId('Instansi', q.instansiId) } : {}),
  };
  const result = await graphql(`${app.url}/graphql`, StatisticsDocument, { filter });
  expect(result.errors).toBeUndefined();
  return result.data?.statistics as Statistics;
}

type Dashboard = DashboardOverviewQuery['portfolioDashboard'];

async function dashboard(q: Question): Promise<Dashboard> {
  const filter = {
    ...(q.region ? { regionCode: q.region } : {}),
    ...(q.kind ? { kind: enumOf<UnitKind>(q.kind) } : {}),
  };
  const result = await graphql(
    `${app.url}/admin/graphql`,
    DashboardOverviewDocument,
    { year: YEAR, filter },
    admin,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.portfolioDashboard as Dashboard;
}

const csvCount = (q: Question) =>
  unitsCsv.filter(
    (row) =>
      (!q.region || regionContains(q.region, row.region_code || null)) &&
      (!q.kind || row.kind === q.kind) &&
      (!q.predicate || row.active_predicate === q.predicate) &&
      (!q.instansiId || unitIdOf(row.instansi_id as string) === q.instansiId),
  ).length;

const countOf = (rows: Array<{ units: number }>, pick: (row: never) => boolean) =>
  (rows as never[]).filter(pick).reduce((sum, row: { units: number }) => sum + row.units, 0);

beforeAll(async () => {
  app = await createTestApp({ publicApi: { budget: 1_000_000_000, refillPerSecond: 1_000_000 } });
  registry = await generateRegistry(app.dataSource, SEED);
  admin = await signInAs(app, 'admin');
  const units = (await app.dataSource.query(
    `SELECT u.id, u.instansi_id AS "instansiId", u.kind, u.region_code AS "unitRegion",
            i.region_code AS "instansiRegion"
     FROM unit u JOIN instansi i ON i.id = u.instansi_id WHERE u.archived_at IS NULL`,
  )) as Array<Omit<ModelUnit, 'stage' | 'predicates'>>;
  const predicates = (await app.dataSource.query(
    `SELECT unit_id AS "unitId", kind, revoked_on::text AS "revokedOn" FROM predicate`,
  )) as Array<{ unitId: string; kind: PredicateKind; revokedOn: string | null }>;
  // The current stage is the generator's (each life's newest step), not the trigger's column.
  model = units.map((unit) => ({
    ...unit,
    stage: registry.currentStages.get(unit.id) ?? null,
    predicates: predicates.filter((p) => p.unitId === unit.id),
  }));
  unitsCsv = csvRecords(await (await fetch(`${app.url}/open-data/units.csv`)).text());
  predicatesCsv = csvRecords(await (await fetch(`${app.url}/open-data/predicates.csv`)).text());
  feed = await (await fetch(`${app.url}/open-data/feed.atom`)).text();
});
afterAll(() => app.close());

describe('one number per question over a generated registry', () => {
  it('generates every case the rules must get right', () => {
    const actives = model.map((unit) => activePredicateOf(unit.predicates));
    expect(actives).toContain(PredicateKind.WBK);
    expect(actives).toContain(PredicateKind.WBBM);
    // A WBK later upgraded to WBBM (both held), and a unit whose only predicate was revoked.
    expect(model.some((unit) => unit.predicates.filter((p) => p.revokedOn === null).length === 2)).toBe(true);
    expect(
      model.some((unit) => unit.predicates.length > 0 && activePredicateOf(unit.predicates) === null),
    ).toBe(true);
    // Units whose own region differs from their instansi's, and units of no region at all.
    expect(model.some((unit) => unit.unitRegion && unit.unitRegion !== unit.instansiRegion)).toBe(true);
    expect(model.some((unit) => unit.instansiRegion === null && unit.unitRegion !== null)).toBe(true);
    expect(unitsCsv).toHaveLength(registry.units);
  });

  it('the directory, the statistics and units.csv count the same units for every region and predicate', async () => {
    const differences: string[] = [];
    for (const region of REGIONS) {
      for (const instansiId of [null, registry.demoInstansiId]) {
        const stats = await statistics({ region, kind: null, predicate: null, instansiId });
        for (const predicate of PREDICATES) {
          for (const kind of KINDS) {
            const q = { region, kind, predicate, instansiId };
            const expected = modelCount(q);
            const answers: Record<string, number> = { directory: await directoryCount(q), csv: csvCount(q) };
            if (!kind) {
              answers.statistics = predicate
                ? countOf(
                    stats.byPredicate,
                    (row: { predicate: string }) => row.predicate === predicate.toUpperCase(),
                  )
                : stats.totalUnits;
              answers.statisticsByInstansi = predicate
                ? stats.byInstansi.reduce((sum, row) => sum + row[predicate], 0)
                : stats.byInstansi.reduce((sum, row) => sum + row.units, 0);
            }
            for (const [surface, count] of Object.entries(answers)) {
              if (count !== expected)
                differences.push(`${JSON.stringify(q)}: ${surface} ${count}, rules ${expected}`);
            }
          }
        }
        for (const stage of STAGES) {
          const q = { region, kind: null, predicate: null, instansiId };
          const expected = modelCount(q, stage);
          const answers = {
            directory: await directoryCount(q, stage),
            statistics: countOf(
              stats.byStage,
              (row: { stage: string | null }) => row.stage === stage.toUpperCase(),
            ),
          };
          for (const [surface, count] of Object.entries(answers)) {
            if (count !== expected)
              differences.push(`${JSON.stringify(q)} stage ${stage}: ${surface} ${count}, rules ${expected}`);
          }
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('the statistics by region count each unit in the province of the region it is in', async () => {
    const stats = await statistics({ region: null, kind: null, predicate: null, instansiId: null });
    const provinces = new Set(
      model.map((unit) => provinceOf(effectiveRegion(unit.unitRegion, unit.instansiRegion))),
    );
    expect(stats.byRegion?.map((row) => row.regionCode).sort()).toEqual([...provinces].sort());
    for (const province of provinces) {
      const inProvince = model.filter(
        (unit) => provinceOf(effectiveRegion(unit.unitRegion, unit.instansiRegion)) === province,
      );
      const held = (kind: PredicateKind) =>
        inProvince.filter((unit) => activePredicateOf(unit.predicates) === kind);
      expect(stats.byRegion?.find((row) => row.regionCode === province)).toMatchObject({
        units: inProvince.length,
        wbk: held(PredicateKind.WBK).length,
        wbbm: held(PredicateKind.WBBM).length,
      });
      if (province) {
        expect(
          await directoryCount({ region: province, kind: null, predicate: null, instansiId: null }),
        ).toBe(inProvince.length);
        // The pickers offer the instansi with units in the province, a ministry's included.
        const inRegion = await statistics({
          region: province,
          kind: null,
          predicate: null,
          instansiId: null,
        });
        expect(new Set(inRegion.byInstansi.map((row) => unitIdOf(row.instansi.id)))).toEqual(
          new Set(inProvince.map((unit) => unit.instansiId)),
        );
      }
    }
  });

  it('the admin dashboard counts its instansi’s units as the directory does', async () => {
    const differences: string[] = [];
    for (const region of REGIONS) {
      for (const kind of KINDS) {
        const board = await dashboard({ region, kind, predicate: null, instansiId: null });
        for (const predicate of PREDICATES) {
          const q = { region, kind, predicate, instansiId: registry.demoInstansiId };
          const expected = modelCount(q);
          const shown = predicate
            ? countOf(
                board.predicates ?? [],
                (row: { predicate: string }) => row.predicate === predicate.toUpperCase(),
              )
            : board.funnel.reduce((sum, step) => sum + step.units, 0);
          const listed = await directoryCount(q);
          if (shown !== expected || listed !== expected) {
            differences.push(
              `${JSON.stringify(q)}: dashboard ${shown}, directory ${listed}, rules ${expected}`,
            );
          }
        }
        for (const stage of STAGES) {
          const q = { region, kind, predicate: null, instansiId: registry.demoInstansiId };
          const shown = countOf(board.funnel, (row: { stage: string }) => row.stage === stage.toUpperCase());
          if (shown !== modelCount(q, stage)) {
            differences.push(
              `${JSON.stringify(q)} stage ${stage}: dashboard ${shown}, rules ${modelCount(q, stage)}`,
            );
          }
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('predicates.csv, the feed and the statistics agree on what was ever awarded and revoked', async () => {
    // The feed shows the newest FEED_ENTRIES steps (the generated registry has no pacts), in its order.
    const steps = (await app.dataSource.query(
      `SELECT s.unit_id AS "unitId", s.stage FROM stage_event s JOIN unit u ON u.id = s.unit_id
       WHERE u.archived_at IS NULL ORDER BY s.occurred_on DESC, s.created_at DESC, s.id::text`,
    )) as Array<{ unitId: string; stage: string }>;
    expect(steps).toHaveLength(registry.stageEvents);
    const newest = steps.slice(0, FEED_ENTRIES);
    expect(feed.match(/<entry>/g)).toHaveLength(newest.length);
    const unitsWithStep = (rows: typeof steps, stage: string) =>
      new Set(rows.filter((row) => row.stage === stage).map((row) => row.unitId));
    const entries = feed.split('<entry>').slice(1);
    const feedUnits = (kind: PredicateKind) =>
      new Set(
        entries
          .filter((entry) => entry.includes(`ditetapkan sebagai unit Menuju ${kind.toUpperCase()}</title>`))
          .map((entry) => unitIdOf(/\/units\/([^"]+)"/.exec(entry)?.[1] ?? '')),
      );
    for (const kind of [PredicateKind.WBK, PredicateKind.WBBM]) {
      const expected = new Set(
        model.filter((unit) => everAwarded(unit.predicates, kind)).map((unit) => unit.id),
      );
      expect(expected.size).toBeGreaterThan(0);
      const inCsv = new Set(
        predicatesCsv.filter((row) => row.predicate === kind).map((row) => unitIdOf(row.unit_id as string)),
      );
      expect(inCsv).toEqual(expected);
      // Every unit ever awarded has its award step, and the feed shows those of the newest steps.
      expect(unitsWithStep(steps, kind)).toEqual(expected);
      expect(feedUnits(kind)).toEqual(unitsWithStep(newest, kind));
    }
    const revoked = model.flatMap((unit) => unit.predicates).filter((p) => p.revokedOn !== null).length;
    expect(predicatesCsv.filter((row) => row.revoked_on !== '')).toHaveLength(revoked);
    const stats = await statistics({ region: null, kind: null, predicate: null, instansiId: null });
    expect(stats.byInstansi.reduce((sum, row) => sum + row.revoked, 0)).toBe(revoked);
    // One revocation, one rule: each revoked predicate is one REVOKED step of its unit, and no more.
    for (const unit of model) {
      const revocations = steps.filter((step) => step.unitId === unit.id && step.stage === 'revoked');
      expect(revocations, unit.id).toHaveLength(unit.predicates.filter((p) => p.revokedOn !== null).length);
    }
    expect(feed.match(/predikatnya dicabut/g) ?? []).toHaveLength(
      newest.filter((step) => step.stage === 'revoked').length,
    );
  });
});
