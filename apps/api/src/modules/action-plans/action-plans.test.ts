import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ActionPlanDocument,
  type ActionPlanItemInput,
  type ActionPlanProgressInput,
  AddActionPlanItemDocument,
  MeDocument,
  RegistryUnitsDocument,
  UpdateActionPlanProgressDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, todayInIndonesia } from '../../common/dates.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEach,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { isLate } from './action-plan.service.js';
import { PlanItemStatus } from './action-plan-item.entity.js';

let app: TestApp;
let cookies: Record<string, string>;
let unitId: string;
const current = quarterOf(todayInIndonesia());

let as: Portal<string>;
const add = (who: string, input: ActionPlanItemInput) => as(AddActionPlanItemDocument, { input }, who);
const progress = (who: string, input: ActionPlanProgressInput) =>
  as(UpdateActionPlanProgressDocument, { input }, who);
const plan = (who: string, unitId: string) => as(ActionPlanDocument, { unitId, year: current.year }, who);

const item = (targetQuarter: number, year = current.year): ActionPlanItemInput => ({
  unitId,
  year,
  area: 'PUBLIC_SERVICE',
  activity: 'Menyusun standar pelayanan dan maklumat pelayanan',
  output: 'SK standar pelayanan',
  targetQuarter,
  personInCharge: 'Kepala Seksi Pelayanan',
});

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  as = portal(app, cookies, 'admin');
  unitId = (await as(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
});
afterAll(() => app.close());

describe('action plans', () => {
  it('lets the unit plan activities, not in a quarter that has closed, and not evaluators', async () => {
    const added = await add('operator', item(current.quarter));
    expect(added.data?.addActionPlanItem).toMatchObject({ status: 'PLANNED', late: false });
    const past = await add('operator', item(1, current.year - 1));
    expect(past.errors?.[0]?.extensions).toMatchObject({ field: 'targetQuarter', reason: 'QUARTER_CLOSED' });
    expect(errorCodes(await add('evaluator', item(current.quarter)))).toEqual(['FORBIDDEN']);
    const planned = (await plan('admin', unitId)).data?.actionPlan ?? [];
    expect(planned.filter((entry) => entry.activity === item(1).activity)).toHaveLength(1);
  });

  it('records progress, asking what was done before calling it done', async () => {
    const itemId = (await add('operator', item(4))).data?.addActionPlanItem.id ?? '';
    const bare = await progress('operator', { itemId, status: 'DONE' });
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      field: 'realisation',
      reason: 'REALISATION_REQUIRED',
    });
    const done = await progress('operator', {
      itemId,
      status: 'DONE',
      realisation: 'SK ditetapkan 3 Nov.',
      evidenceUrl: 'https://drive.example/sk',
    });
    expect(done.data?.updateActionPlanProgress).toMatchObject({
      status: 'DONE',
      realisation: 'SK ditetapkan 3 Nov.',
      late: false,
    });
  });

  it('lists on each activity the statuses that need a realisation, the ones progress refuses without it', async () => {
    const added = (await add('operator', item(4))).data?.addActionPlanItem;
    const refused: string[] = [];
    for (const status of ['PLANNED', 'IN_PROGRESS', 'DONE'] as const) {
      const bare = await progress('operator', { itemId: added?.id ?? '', status });
      if (bare.errors?.[0]?.extensions?.reason === 'REALISATION_REQUIRED') refused.push(status);
    }
    expect(refused).toEqual(added?.realisationRequiredFor);
    expect(refused).not.toEqual([]);
  });

  it('keeps each unit’s plan to its unit, the Inspektorat and the unit’s evaluators', async () => {
    const units = await as(RegistryUnitsDocument, { first: 5, archived: false }, 'admin');
    const other = units.data?.units.edges.find(({ node }) => node.id !== unitId)?.node.id ?? '';
    expect(other).not.toBe('');
    const foreign = await plan('operator', other);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const unassigned = await plan('evaluator', unitId);
    expect(unassigned.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
    const write = await add('operator', { ...item(4), unitId: other });
    expect(write.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
  });

  it('leaves who may write a plan to its mutations’ access rule, which User.may.writeActionPlans reads', async () => {
    // The service decides whose plan (scope), never who writes: the rule has one home.
    const service = readFileSync(fileURLToPath(new URL('./action-plan.service.ts', import.meta.url)), 'utf8');
    expect(service).not.toMatch(/\bRole\b|\.role\b/);
    const itemId = (await add('operator', item(4))).data?.addActionPlanItem.id ?? '';
    Object.assign(cookies, await signInEach(app, ['ketua']));
    const expected: string[] = [];
    const done: string[] = [];
    for (const who of Object.keys(cookies)) {
      const me = await as(MeDocument, {}, who);
      expected.push(`${who} ${me.data?.me?.may.writeActionPlans ? 'ok' : 'FORBIDDEN'}`);
      const moved = await progress(who, { itemId, status: 'IN_PROGRESS' });
      done.push(`${who} ${moved.errors ? errorCodes(moved)[0] : 'ok'}`);
    }
    expect(done).toEqual(expected);
    expect(done).toEqual(['admin ok', 'evaluator FORBIDDEN', 'operator ok', 'ketua FORBIDDEN']);
  });

  it('calls an activity late once its quarter has ended undone', () => {
    const item = { year: 2026, targetQuarter: 2, status: PlanItemStatus.IN_PROGRESS };
    expect(isLate(item, '2026-06-30')).toBe(false);
    expect(isLate(item, '2026-07-01')).toBe(true);
    expect(isLate({ ...item, status: PlanItemStatus.DONE }, '2026-07-01')).toBe(false);
  });
});
