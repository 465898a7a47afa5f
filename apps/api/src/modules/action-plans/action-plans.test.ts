import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, todayInIndonesia } from '../../common/dates.js';
import {
  createTestApp,
  errorCodes,
  graphql,
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

const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  graphql(`${app.url}/admin/graphql`, query, variables, cookies[who]);
const ADD = 'mutation($input: ActionPlanItemInput!) { addActionPlanItem(input: $input) { id status late } }';
const PROGRESS =
  'mutation($input: ActionPlanProgressInput!) { updateActionPlanProgress(input: $input) { status realisation late } }';
const PLAN =
  'query($unitId: ID!, $year: Int!) { actionPlan(unitId: $unitId, year: $year) { activity area status late } }';

const item = (targetQuarter: number, year = current.year) => ({
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
  unitId = (await as('operator', '{ units(first: 1) { nodes { id } } }')).data?.units.nodes[0].id;
});
afterAll(() => app.close());

describe('action plans', () => {
  it('lets the unit plan activities, not in a quarter that has closed, and not evaluators', async () => {
    const added = await as('operator', ADD, { input: item(current.quarter) });
    expect(added.data?.addActionPlanItem).toMatchObject({ status: 'PLANNED', late: false });
    const past = await as('operator', ADD, { input: item(1, current.year - 1) });
    expect(past.errors?.[0]?.extensions).toMatchObject({ field: 'targetQuarter', reason: 'QUARTER_CLOSED' });
    expect(errorCodes(await as('evaluator', ADD, { input: item(current.quarter) }))).toEqual(['FORBIDDEN']);
    const plan = await as('admin', PLAN, { unitId, year: current.year });
    const planned = (plan.data?.actionPlan ?? []) as Array<{ activity: string }>;
    expect(planned.filter((entry) => entry.activity === item(1).activity)).toHaveLength(1);
  });

  it('records progress, asking what was done before calling it done', async () => {
    const itemId = (await as('operator', ADD, { input: item(4) })).data?.addActionPlanItem.id;
    const bare = await as('operator', PROGRESS, { input: { itemId, status: 'DONE' } });
    expect(bare.errors?.[0]?.extensions).toMatchObject({
      field: 'realisation',
      reason: 'REALISATION_REQUIRED',
    });
    const done = await as('operator', PROGRESS, {
      input: {
        itemId,
        status: 'DONE',
        realisation: 'SK ditetapkan 3 Nov.',
        evidenceUrl: 'https://drive.example/sk',
      },
    });
    expect(done.data?.updateActionPlanProgress).toEqual({
      status: 'DONE',
      realisation: 'SK ditetapkan 3 Nov.',
      late: false,
    });
  });

  it('keeps each unit’s plan to its unit, the Inspektorat and the unit’s evaluators', async () => {
    const units = (await as('admin', '{ units(first: 5) { nodes { id } } }')).data?.units.nodes as Array<{
      id: string;
    }>;
    const other = units.find((unit) => unit.id !== unitId)?.id;
    const foreign = await as('operator', PLAN, { unitId: other, year: current.year });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const unassigned = await as('evaluator', PLAN, { unitId, year: current.year });
    expect(unassigned.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
    const write = await as('operator', ADD, { input: { ...item(4), unitId: other } });
    expect(write.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
  });

  it('leaves who may write a plan to its mutations’ access rule, which User.may.writeActionPlans reads', async () => {
    // The service decides whose plan (scope), never who writes: the rule has one home.
    const service = readFileSync(fileURLToPath(new URL('./action-plan.service.ts', import.meta.url)), 'utf8');
    expect(service).not.toMatch(/\bRole\b|\.role\b/);
    const itemId = (await as('operator', ADD, { input: item(4) })).data?.addActionPlanItem.id;
    const sessions = { ...cookies, ...(await signInEach(app, ['ketua'])) };
    const expected: string[] = [];
    const done: string[] = [];
    for (const [who, cookie] of Object.entries(sessions)) {
      const me = await graphql(`${app.url}/admin/graphql`, '{ me { may { writeActionPlans } } }', {}, cookie);
      expected.push(`${who} ${me.data?.me.may.writeActionPlans ? 'ok' : 'FORBIDDEN'}`);
      const input = { itemId, status: 'IN_PROGRESS' };
      const progress = await graphql(`${app.url}/admin/graphql`, PROGRESS, { input }, cookie);
      done.push(`${who} ${progress.errors ? errorCodes(progress)[0] : 'ok'}`);
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
