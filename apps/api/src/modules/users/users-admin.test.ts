import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  errorCodes,
  graphql,
  signInAs,
  signInEach,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
let operatorUnitId: string;

const admin = (query: string, variables: Record<string, unknown> = {}, who = 'admin') =>
  graphql(`${app.url}/admin/graphql`, query, variables, cookies[who]);

const CREATE =
  'mutation($input: UserInput!) { createUser(input: $input) { mailed link expiresAt user { id email role active } } }';
const SET_PASSWORD = 'mutation($input: SetPasswordInput!) { setPassword(input: $input) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { name } }';
const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator', 'ketua', 'operator']);
  operatorUnitId = (await admin('{ units(first: 1) { nodes { id } } }', {}, 'operator')).data?.units.nodes[0]
    .id;
});
afterAll(() => app.close());

describe('people and their one-time links', () => {
  it('adds an operator who sets a password through the link shown when mail is not configured', async () => {
    const input = {
      name: 'Sari Operator',
      email: 'Sari@Contoh.go.id',
      role: 'UNIT_OPERATOR',
      unitId: operatorUnitId,
    };
    expect(errorCodes(await admin(CREATE, { input }, 'evaluator'))).toEqual(['FORBIDDEN']);
    const created = await admin(CREATE, { input });
    expect(created.data?.createUser).toMatchObject({
      mailed: false,
      user: { email: 'sari@contoh.go.id', active: true },
    });
    const link = created.data?.createUser.link as string;
    const hours = (Date.parse(created.data?.createUser.expiresAt) - Date.now()) / 3_600_000;
    expect(Math.round(hours)).toBe(72);
    expect(link).toMatch(/^http:\/\/portal\.test\/admin\/kata-sandi\?token=/);
    const [mail] = await readdir(app.mailDir);
    expect(await readFile(path.join(app.mailDir, mail ?? ''), 'utf8')).toContain('To: sari@contoh.go.id');

    const login = (password: string) =>
      graphql(`${app.url}/admin/graphql`, LOGIN, { input: { email: 'sari@contoh.go.id', password } });
    expect(errorCodes(await login('rahasia-sari-2026'))).toEqual(['UNAUTHENTICATED']);
    const short = await graphql(`${app.url}/admin/graphql`, SET_PASSWORD, {
      input: { token: tokenOf(link), password: 'pendek' },
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'password' });
    const set = await graphql(`${app.url}/admin/graphql`, SET_PASSWORD, {
      input: { token: tokenOf(link), password: 'rahasia-sari-2026' },
    });
    expect(set.data?.setPassword).toBe(true);
    expect((await login('rahasia-sari-2026')).data?.login.name).toBe('Sari Operator');
    const reused = await graphql(`${app.url}/admin/graphql`, SET_PASSWORD, {
      input: { token: tokenOf(link), password: 'lain-lagi-2026' },
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'LINK_INVALID' });
  });

  it('names what is wrong: a taken email, a missing unit, a unit outside the instansi', async () => {
    const taken = await admin(CREATE, {
      input: { name: 'X', email: 'evaluator@demo.zi.id', role: 'EVALUATOR' },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'EMAIL_TAKEN' });
    const noUnit = await admin(CREATE, {
      input: { name: 'X', email: 'x@contoh.go.id', role: 'UNIT_OPERATOR' },
    });
    expect(noUnit.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
    const badEmail = await admin(CREATE, { input: { name: 'X', email: 'bukan-email', role: 'EVALUATOR' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('mails the link through SMTP when configured, and then does not show it', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const withSmtp = await createTestApp({
      mail: { kind: 'smtp', url: `smtp://127.0.0.1:${port}`, from: 'ZI <zi@localhost>' },
    });
    try {
      const cookie = await signInAs(withSmtp, 'admin');
      const created = await graphql(
        `${withSmtp.url}/admin/graphql`,
        CREATE,
        { input: { name: 'Budi Evaluator', email: 'budi@contoh.go.id', role: 'EVALUATOR' } },
        cookie,
      );
      expect(created.data?.createUser).toMatchObject({ mailed: true, link: null });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('budi@contoh.go.id');
      expect(received[0]).toMatch(/kata-sandi\?token=3D|kata-sandi\?token=/);
    } finally {
      await withSmtp.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('ends the sessions of a deactivated person, and keeps admins from locking themselves out', async () => {
    const users = await admin(
      '{ users(first: 50, search: "evaluator@demo") { nodes { id name email role } } }',
    );
    const evaluator = users.data?.users.nodes[0];
    const UPDATE = 'mutation($id: ID!, $input: UserInput!) { updateUser(id: $id, input: $input) { active } }';
    const input = { name: evaluator.name, email: evaluator.email, role: 'EVALUATOR', active: false };
    expect((await admin(UPDATE, { id: evaluator.id, input })).data?.updateUser.active).toBe(false);
    expect(errorCodes(await admin('{ units(first: 1) { totalCount } }', {}, 'evaluator'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    await admin(UPDATE, { id: evaluator.id, input: { ...input, active: true } });
    cookies.evaluator = await signInAs(app, 'evaluator');

    const me = (await admin('{ users(first: 1, search: "admin@demo") { nodes { id name email } } }')).data
      ?.users.nodes[0];
    const self = await admin(UPDATE, {
      id: me.id,
      input: { name: me.name, email: me.email, role: 'ADMIN', active: false },
    });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_CHANGE' });
  });
});

describe('assigning evaluators', () => {
  const WORKLOAD =
    '{ users(first: 50, role: EVALUATOR) { nodes { id email workload { units leading pendingReviews } } } }';

  it('shows each evaluator’s workload', async () => {
    const evaluators = (await admin(WORKLOAD)).data?.users.nodes as Array<{
      email: string;
      workload: object;
    }>;
    expect(evaluators.find((e) => e.email === 'ketua@demo.zi.id')?.workload).toMatchObject({
      units: 10,
      leading: 10,
    });
    expect(evaluators.find((e) => e.email === 'evaluator@demo.zi.id')?.workload).toMatchObject({
      units: 10,
      leading: 0,
    });
  });

  it('assigns in bulk by unit kind, notifies the evaluator, and widens their scope', async () => {
    const evaluators = (await admin(WORKLOAD)).data?.users.nodes as Array<{ id: string; email: string }>;
    const evaluatorId = evaluators.find((e) => e.email === 'evaluator@demo.zi.id')?.id;
    const ASSIGN =
      'mutation($input: AssignEvaluatorsInput!) { assignEvaluators(input: $input) { units changed } }';
    const notAnEvaluator = await admin(ASSIGN, {
      input: {
        evaluatorIds: [
          (await admin('{ users(first: 1, role: ADMIN) { nodes { id } } }')).data?.users.nodes[0].id,
        ],
        kind: 'RSUD',
      },
    });
    expect(notAnEvaluator.errors?.[0]?.extensions).toMatchObject({
      field: 'evaluatorIds',
      reason: 'NOT_AN_EVALUATOR',
    });
    const before = (await admin('{ units(first: 1) { totalCount } }', {}, 'evaluator')).data?.units
      .totalCount;
    const assigned = await admin(ASSIGN, { input: { evaluatorIds: [evaluatorId], kind: 'RSUD' } });
    const { units, changed } = assigned.data?.assignEvaluators ?? {};
    expect(units).toBeGreaterThan(0);
    const after = (await admin('{ units(first: 1) { totalCount } }', {}, 'evaluator')).data?.units.totalCount;
    expect(after).toBe(before + changed);
    const again = await admin(ASSIGN, { input: { evaluatorIds: [evaluatorId], kind: 'RSUD' } });
    expect(again.data?.assignEvaluators).toEqual({ units, changed: 0 });
    const notes = await admin('{ notifications(first: 5) { nodes { kind params link } } }', {}, 'evaluator');
    expect(notes.data?.notifications.nodes[0]).toMatchObject({
      kind: 'ASSIGNMENT',
      params: { units },
      link: '/admin/antrian',
    });
    const evaluatorsOfUnit = await admin(
      '{ units(first: 1, filter: { kind: RSUD }) { nodes { evaluators { lead evaluator { email } } } } }',
    );
    expect(evaluatorsOfUnit.data?.units.nodes[0].evaluators).toContainEqual({
      lead: false,
      evaluator: { email: 'evaluator@demo.zi.id' },
    });
    const everything = await admin(ASSIGN, { input: { evaluatorIds: [evaluatorId] } });
    expect(everything.errors?.[0]?.extensions).toMatchObject({
      field: 'unitIds',
      reason: 'SELECTION_REQUIRED',
    });
    const none = await admin(ASSIGN, { input: { evaluatorIds: [evaluatorId], regionCode: '11' } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ reason: 'NO_UNITS' });
  });
});
