import {
  ArchiveUnitDocument,
  type LatePlanItemFragment,
  LatePlanItemsDocument,
  type LatePlanItemsQueryVariables,
  MeDocument,
  MonitoringScopeUnitsDocument,
} from '@zi/schema/admin';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import {
  createTestApp,
  type EveryRole,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { ChangeArea } from '../monitoring/change-area.js';
import { isLate, lateCondition, quartersLate } from './action-plan.service.js';
import { ActionPlanItem, PlanItemStatus } from './action-plan-item.entity.js';

let app: TestApp;
let as: Portal<EveryRole>;
const lastYear = quarterOf(todayInIndonesia()).year - 1;
/** Units by role: the operator's, one assigned to the evaluator, one neither, one to archive. */
const units = { own: '', assigned: '', other: '', archived: '' };

type LateNode = LatePlanItemFragment;
interface LatePage {
  totalCount: number;
  nodes: LateNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Inline: the portal's list takes no unit or year; these filters of the API are probed with this query. */
const LATE_OF = `query($unitId: ID, $year: Int) {
  latePlanItems(unitId: $unitId, year: $year) {
    totalCount
    nodes { id year area targetQuarter status late quartersLate unit { id name } }
    pageInfo { hasNextPage endCursor }
  } }`;

async function latePage(who: EveryRole, variables: LatePlanItemsQueryVariables): Promise<LatePage> {
  const result = await as(LatePlanItemsDocument, variables, who);
  expect(result.errors).toBeUndefined();
  return result.data?.latePlanItems as LatePage;
}

/** The late items of one unit, or of one year, the filters the portal does not send. */
async function lateOf(who: EveryRole, variables: { unitId: string; year?: number }): Promise<LatePage> {
  const result = await as<{ latePlanItems: LatePage }>(LATE_OF, variables, who);
  expect(result.errors).toBeUndefined();
  return result.data?.latePlanItems as LatePage;
}

/** Every late item a viewer may see, page after page. */
async function allLate(
  who: EveryRole,
  variables: Omit<LatePlanItemsQueryVariables, 'first'> = {},
  first = 100,
): Promise<LateNode[]> {
  const nodes: LateNode[] = [];
  let after: string | null = null;
  do {
    const page: LatePage = await latePage(who, { ...variables, first, after });
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return nodes;
}

/** The IDs of the units in a viewer's scope. */
const scopeOf = async (who: EveryRole, first: number) =>
  ((await as(MonitoringScopeUnitsDocument, { first }, who)).data?.units.nodes ?? []).map(({ id }) => id);

/** The late activities of active units (all, or these), in the list's order, by isLate. */
async function lateInDatabase(unitIds: readonly string[] | null = null): Promise<string[]> {
  const rows = (await app.dataSource.query(
    `SELECT i.id, i.year, i.target_quarter AS "targetQuarter", i.status FROM action_plan_item i
     JOIN unit u ON u.id = i.unit_id
     WHERE u.archived_at IS NULL AND ($1::uuid[] IS NULL OR i.unit_id = ANY($1::uuid[]))
     ORDER BY i.year, i.target_quarter, u.name, i.id`,
    [unitIds],
  )) as Array<Pick<ActionPlanItem, 'id' | 'year' | 'targetQuarter' | 'status'>>;
  return rows.filter((row) => isLate(row)).map((row) => row.id);
}

const uuidOf = (globalId: string) => fromGlobalIdOf('Unit', globalId);
const globalIdsOf = (nodes: readonly LateNode[]) => nodes.map((node) => node.id);
const itemUuids = (nodes: readonly LateNode[]) =>
  nodes.map((node) => fromGlobalIdOf('ActionPlanItem', node.id));

function insertItems(
  unitGlobalId: string,
  items: Array<Partial<ActionPlanItem>>,
  manager: EntityManager = app.dataSource.manager,
): Promise<ActionPlanItem[]> {
  const repository = manager.getRepository(ActionPlanItem);
  return repository.save(
    items.map((item) =>
      repository.create({
        unitId: uuidOf(unitGlobalId),
        year: lastYear,
        area: ChangeArea.PUBLIC_SERVICE,
        activity: 'Menyusun maklumat pelayanan (uji)',
        output: 'Maklumat pelayanan',
        targetQuarter: 2,
        personInCharge: 'Kepala Seksi Pelayanan',
        status: PlanItemStatus.IN_PROGRESS,
        ...item,
      }),
    ),
  );
}

beforeAll(async () => {
  app = await createTestApp();
  as = portal(app, await signInEveryRole(app), 'admin');
  units.own = (await as(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const assigned = await scopeOf('evaluator', 100);
  units.assigned = assigned.find((unit) => unit !== units.own) ?? '';
  const all = await scopeOf('admin', 50);
  const free = all.filter((unit) => unit !== units.own && !assigned.includes(unit));
  units.other = free[0] ?? '';
  units.archived = free[1] ?? '';
  for (const unit of Object.values(units)) expect(unit).not.toBe('');

  await insertItems(units.own, [
    { targetQuarter: 1, area: ChangeArea.CHANGE_MANAGEMENT },
    { targetQuarter: 3 },
    { targetQuarter: 4, status: PlanItemStatus.DONE, realisation: 'Selesai.' },
  ]);
  await insertItems(units.assigned, [
    { targetQuarter: 1, status: PlanItemStatus.PLANNED },
    { targetQuarter: 2, area: ChangeArea.SUPERVISION },
  ]);
  await insertItems(units.other, [{ targetQuarter: 1 }, { targetQuarter: 4, area: ChangeArea.SUPERVISION }]);
  await insertItems(units.archived, [{ targetQuarter: 1 }]);
  const archived = await as(ArchiveUnitDocument, {
    input: { unitId: units.archived, reason: 'Digabung ke unit lain (uji).' },
  });
  expect(archived.errors).toBeUndefined();
});
afterAll(() => app.close());

describe('late plan items', () => {
  it('selects in SQL exactly the rows isLate calls late, whatever the day', async () => {
    const runner = app.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await insertItems(
        units.other,
        [2025, 2026, 2027].flatMap((year) =>
          [1, 2, 3, 4].flatMap((targetQuarter) =>
            Object.values(PlanItemStatus).map((status) => ({ year, targetQuarter, status })),
          ),
        ),
        runner.manager,
      );
      const rows = await runner.manager.find(ActionPlanItem);
      for (const day of [
        '2025-12-31',
        '2026-01-01',
        '2026-06-30',
        '2026-07-01',
        '2027-12-31',
        '2028-01-01',
      ]) {
        const selected = await runner.manager
          .createQueryBuilder(ActionPlanItem, 'i')
          .select('i.id')
          .where(...lateCondition(day))
          .getMany();
        const expected = rows.filter((row) => isLate(row, day)).map((row) => row.id);
        expect(expected.length, day).toBeGreaterThan(0);
        expect(selected.map((row) => row.id).sort(), day).toEqual(expected.sort());
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('counts the quarters begun since the target quarter ended', () => {
    const item = { year: 2026, targetQuarter: 2, status: PlanItemStatus.PLANNED };
    expect(quartersLate(item, '2026-06-30')).toBe(0);
    expect(quartersLate(item, '2026-07-01')).toBe(1);
    expect(quartersLate(item, '2027-01-01')).toBe(3);
    expect(quartersLate({ ...item, year: 2027 }, '2026-07-01')).toBe(0);
    expect(quartersLate({ ...item, status: PlanItemStatus.DONE }, '2027-01-01')).toBe(0);
  });

  it('lists the Inspektorat’s late activities, most overdue first, then by unit name', async () => {
    const nodes = await allLate('admin');
    expect(itemUuids(nodes)).toEqual(await lateInDatabase());
    expect(nodes).not.toEqual([]);
    expect(nodes.every((node) => node.late && node.quartersLate > 0)).toBe(true);
    const shown = new Set(nodes.map((node) => node.unit.id));
    for (const unit of [units.own, units.assigned, units.other]) expect(shown).toContain(unit);
    // The oldest target quarter is the most overdue one.
    const lateness = nodes.map((node) => node.quartersLate);
    expect(lateness).toEqual([...lateness].sort((a, b) => b - a));
  });

  it('keeps archived units out', async () => {
    const nodes = await allLate('admin');
    expect(nodes.map((node) => node.unit.id)).not.toContain(units.archived);
    expect((await lateOf('admin', { unitId: units.archived })).totalCount).toBe(0);
  });

  it('shows an evaluator only their assigned units, an operator only their own', async () => {
    const assigned = await scopeOf('evaluator', 100);
    const evaluatorUnits = new Set((await allLate('evaluator')).map((node) => node.unit.id));
    expect(evaluatorUnits).toContain(units.assigned);
    expect([...evaluatorUnits].every((unit) => assigned.includes(unit))).toBe(true);

    const own = await allLate('operator');
    expect(new Set(own.map((node) => node.unit.id))).toEqual(new Set([units.own]));
    expect(itemUuids(own)).toEqual(await lateInDatabase([uuidOf(units.own)]));
    expect((await lateOf('operator', { unitId: units.other })).totalCount).toBe(0);
  });

  it('filters by area, unit and year', async () => {
    const supervision = await allLate('admin', { area: 'SUPERVISION' });
    expect(supervision).not.toEqual([]);
    expect(supervision.every((node) => node.area === 'SUPERVISION')).toBe(true);
    expect(supervision.map((node) => node.unit.id)).toEqual(
      expect.arrayContaining([units.assigned, units.other]),
    );
    const own = await lateOf('admin', { unitId: units.own, year: lastYear });
    expect(own.nodes.map((node) => [node.targetQuarter, node.area])).toEqual([
      [1, 'CHANGE_MANAGEMENT'],
      [3, 'PUBLIC_SERVICE'],
    ]);
    expect(own.totalCount).toBe(2);
  });

  it('pages with cursors without gaps or repeats, at a fixed cost per page', async () => {
    const whole = await allLate('admin');
    const paged = await allLate('admin', {}, 2);
    expect(globalIdsOf(paged)).toEqual(globalIdsOf(whole));
    const first = await latePage('admin', { first: 2 });
    expect(first.totalCount).toBe(whole.length);
    expect(first.pageInfo.hasNextPage).toBe(whole.length > 2);

    const statementsFor = async (size: number) => {
      app.queries.count = 0;
      await latePage('admin', { first: size });
      return app.queries.count;
    };
    expect(await statementsFor(Math.min(whole.length, 20))).toBe(await statementsFor(1));
  });

  it('answers a bad cursor, page size or year as bad input', async () => {
    for (const [result, field] of [
      [await as(LatePlanItemsDocument, { first: 20, after: 'not-a-cursor' }), 'after'],
      [await as(LatePlanItemsDocument, { first: 0 }), 'first'],
      [await as(LatePlanItemsDocument, { first: 101 }), 'first'],
      [await as(LATE_OF, { year: 1999 }), 'year'],
      [await as(LATE_OF, { unitId: 'not-an-id' }), 'unitId'],
    ] as const) {
      expect(errorCodes(result), field).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
  });
});
