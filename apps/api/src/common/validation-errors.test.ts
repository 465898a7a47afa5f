import {
  ActionPlanDocument,
  AssignEvaluatorsDocument,
  CreateUnitDocument,
  CreateUserDocument,
  RecordFindingDocument,
  ScheduleCoachingSessionDocument,
  StartAssessmentDocument,
  type UnitInput,
  UpdateActionPlanProgressDocument,
} from '@zi/schema/admin';
import { DirectoryUnitsDocument, type DirectoryUnitsQueryVariables } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  type GraphQLResponse,
  graphql,
  type Portal,
  portal,
  signInAs,
  type TestApp,
} from '../test/harness.js';
import { formatError } from './errors.js';

let app: TestApp;
let admin: Portal<'admin'>;

const refusalOf = (response: GraphQLResponse<unknown>) => ({
  status: response.status,
  message: response.errors?.[0]?.message,
  extensions: response.errors?.[0]?.extensions,
});

const unit: UnitInput = { name: 'Unit uji validasi', kind: 'OTHER', servesPublic: false };
const createUnit = (input: UnitInput) => admin(CreateUnitDocument, { input });
/** A page of the public directory, as the public site asks for it. */
const directory = (variables: Partial<DirectoryUnitsQueryVariables>) =>
  graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 1, ...variables });
// Inline: the public site never asks for a node by its global ID; the public API offers it every client.
const NODE = 'query($id: ID!) { node(id: $id) { id } }';

beforeAll(async () => {
  app = await createTestApp();
  admin = portal(app, { admin: await signInAs(app, 'admin') }, 'admin');
});
afterAll(() => app.close());

describe('input validation refusals', () => {
  it('name the field, a stable reason and the rule’s values, keeping the English sentence', async () => {
    expect(refusalOf(await createUnit({ ...unit, name: 'x'.repeat(201) }))).toEqual({
      status: 200,
      message: 'name must be 1 to 200 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'TOO_LONG', max: 200 },
    });
    for (const name of ['', '   \n\t']) {
      // Blanks alone are missing text: refused with the field, never by the database's check.
      expect(refusalOf(await createUnit({ ...unit, name }))).toMatchObject({
        status: 200,
        extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'REQUIRED' },
      });
    }
  });

  it('give patterns the reason their decorator names', async () => {
    const badCode = await createUnit({ ...unit, code: 'kode dengan spasi' });
    expect(badCode.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'INVALID_CODE',
    });
    const badRegion = await createUnit({ ...unit, regionCode: '6471' });
    expect(badRegion.errors?.[0]?.extensions).toMatchObject({
      field: 'regionCode',
      reason: 'INVALID_REGION',
    });
    const publicFilter = await directory({ filter: { regionCode: '64.71.01.2001.9' } });
    expect(publicFilter.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.regionCode',
      reason: 'INVALID_REGION',
    });
  });

  it('reach into nested rows with their whole path', async () => {
    const finding = await admin(RecordFindingDocument, {
      input: {
        roundId: 'any',
        unitId: 'any',
        description: 'Temuan',
        recommendations: [
          {
            description: 'Rekomendasi',
            followUps: [{ description: '', ownerName: 'Sekretaris', dueOn: '2026-12-31' }],
          },
        ],
      },
    });
    const blankTopic = await admin(ScheduleCoachingSessionDocument, {
      input: {
        topic: '  ',
        kind: 'COACHING',
        startsAt: '2026-12-01T02:00:00Z',
        endsAt: '2026-12-01T04:00:00Z',
        unitIds: ['any'],
      },
    });
    expect(blankTopic.errors?.[0]?.extensions).toMatchObject({ field: 'topic', reason: 'REQUIRED' });
    expect(finding.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recommendations.0.followUps.0.description',
      reason: 'REQUIRED',
    });
  });

  it('cover numbers, lists, emails and links', async () => {
    const plan = await admin(ActionPlanDocument, { unitId: 'any', year: 2011 });
    // Characters counted as the database counts them: an emoji with its variation selector is two.
    const emoji = await createUnit({ ...unit, name: '❤️'.repeat(101) });
    expect(emoji.errors?.[0]?.extensions).toMatchObject({ field: 'name', reason: 'TOO_LONG', max: 200 });
    const invisible = await createUnit({ ...unit, name: '\u200b\u200b' });
    expect(invisible.errors?.[0]?.extensions).toMatchObject({ field: 'name', reason: 'REQUIRED' });
    const framework = await admin(StartAssessmentDocument, {
      input: { unitId: 'any', year: 2026, frameworkCode: 'x'.repeat(61) },
    });
    expect(framework.errors?.[0]).toMatchObject({
      message: 'frameworkCode must be at most 60 characters',
      extensions: { field: 'frameworkCode', reason: 'TOO_LONG', max: 60 },
    });
    expect(plan.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'year',
      reason: 'BELOW_MINIMUM',
      min: 2012,
    });
    const assign = await admin(AssignEvaluatorsDocument, { input: { evaluatorIds: [] } });
    expect(assign.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'evaluatorIds',
      reason: 'TOO_FEW_ITEMS',
      min: 1,
    });
    const person = await admin(CreateUserDocument, {
      input: { name: 'Budi', email: 'bukan-email', role: 'EVALUATOR' },
    });
    expect(person.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'NOT_AN_EMAIL' });
    const progress = await admin(UpdateActionPlanProgressDocument, {
      input: { itemId: 'any', status: 'IN_PROGRESS', evidenceUrl: 'javascript:alert(1)' },
    });
    expect(progress.errors?.[0]?.extensions).toMatchObject({
      field: 'evidenceUrl',
      reason: 'NOT_A_WEB_LINK',
    });
  });

  it('cover IDs, page sizes and cursors', async () => {
    const page = directory;
    expect((await page({ first: 101 })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
      reason: 'PAGE_SIZE',
      min: 1,
      max: 100,
    });
    expect((await page({ after: 'nope' })).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_CURSOR',
    });
    const unit = await graphql(`${app.url}/graphql`, NODE, { id: 'nope' });
    expect(unit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });

  it('never echo a value of the wrong type, naming its field instead', async () => {
    // Inline, as are the next: a value of the wrong type, which a typed document cannot send.
    const login = await graphql(
      `${app.url}/admin/graphql`,
      'mutation($input: LoginInput!) { login(input: $input) { name } }',
      { input: { email: 'admin@demo.zi.id', password: 12345678901 } },
    );
    expect(login.status).toBe(400);
    expect(login.errors?.[0]).toMatchObject({
      message: 'password has a value of the wrong type or shape',
      extensions: { code: 'BAD_USER_INPUT', field: 'password', reason: 'INVALID' },
    });
    expect(JSON.stringify(login)).not.toContain('12345678901');
    const missing = await admin('mutation($input: UnitInput!) { createUnit(input: $input) { id } }', {
      input: { kind: 'OTHER' },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ field: 'name', reason: 'INVALID' });
    const unknownId = await graphql(`${app.url}/graphql`, NODE, { id: 'rahasia-sekali' });
    expect(JSON.stringify(unknownId)).not.toContain('rahasia');
  });

  it('name the field once where class-validator’s own sentence names it too', () => {
    const formatted = formatError(
      {
        message: 'Argument Validation Error',
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: [{ property: 'year', constraints: { isInt: 'year must be an integer number' } }],
        },
      },
      new Error('Argument Validation Error'),
    );
    expect(formatted).toMatchObject({
      message: 'year must be an integer number',
      extensions: { code: 'BAD_USER_INPUT', field: 'year', reason: 'NOT_A_WHOLE_NUMBER' },
    });
  });

  it('refuse a NUL character, which text cannot hold, on both schemas', async () => {
    const search = await directory({ filter: { search: 'dinas\u0000' } });
    expect(search.status).toBeLessThan(500);
    expect(search.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
      reason: 'INVALID_CHARACTER',
    });
    const created = await createUnit({ ...unit, name: 'Dinas\u0000' });
    expect(created.errors?.[0]?.extensions).toMatchObject({
      field: 'input.name',
      reason: 'INVALID_CHARACTER',
    });
    // Inline: the NUL written into the query's text, which no client's document holds.
    const literal = await graphql(
      `${app.url}/graphql`,
      '{ units(first: 1, filter: { search: "a\\u0000" }) { totalCount } }',
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({ field: 'query', reason: 'INVALID_CHARACTER' });
  });
});
