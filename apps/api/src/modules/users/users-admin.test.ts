import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  AssignEvaluatorsDocument,
  type AssignEvaluatorsInput,
  CreateUserDocument,
  EvaluatorsDocument,
  LoginDocument,
  MatchingUnitCountDocument,
  MeDocument,
  NotificationsDocument,
  PeopleDocument,
  RegistryUnitsDocument,
  SetPasswordDocument,
  UpdateUserDocument,
} from '@zi/schema/admin';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  errorCodes,
  graphql,
  type Portal,
  portal,
  signInAs,
  signInEach,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
let operatorUnitId: string;

let admin: Portal<string>;

/** Inline: the portal's invitation leaves out when the link expires, which this test checks. */
const CREATE_WITH_EXPIRY =
  'mutation($input: UserInput!) { createUser(input: $input) { mailed link expiresAt user { id email role active } } }';
const setPassword = (token: string, password: string) =>
  graphql(`${app.url}/admin/graphql`, SetPasswordDocument, { input: { token, password } });
/** How many units the named account may see. */
const visibleUnits = async (who: string) =>
  (await admin(MatchingUnitCountDocument, { filter: {} }, who)).data?.units.totalCount ?? 0;
const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator', 'ketua', 'operator']);
  admin = portal(app, cookies, 'admin');
  operatorUnitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
});
afterAll(() => app.close());

describe('people and their one-time links', () => {
  it('adds an operator who sets a password through the link shown when mail is not configured', async () => {
    const input = {
      name: 'Sari Operator',
      email: 'Sari@Contoh.go.id',
      role: 'UNIT_OPERATOR' as const,
      unitId: operatorUnitId,
    };
    expect(errorCodes(await admin(CreateUserDocument, { input }, 'evaluator'))).toEqual(['FORBIDDEN']);
    const created = await admin(CREATE_WITH_EXPIRY, { input });
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
      graphql(`${app.url}/admin/graphql`, LoginDocument, { input: { email: 'sari@contoh.go.id', password } });
    expect(errorCodes(await login('rahasia-sari-2026'))).toEqual(['UNAUTHENTICATED']);
    const short = await setPassword(tokenOf(link), 'pendek');
    expect(short.errors?.[0]?.extensions).toMatchObject({ field: 'password' });
    const set = await setPassword(tokenOf(link), 'rahasia-sari-2026');
    expect(set.data?.setPassword).toBe(true);
    expect((await login('rahasia-sari-2026')).data?.login.name).toBe('Sari Operator');
    const reused = await setPassword(tokenOf(link), 'lain-lagi-2026');
    expect(reused.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'LINK_INVALID' });
  });

  it('names what is wrong: a taken email, a missing unit, a unit outside the instansi', async () => {
    const taken = await admin(CreateUserDocument, {
      input: { name: 'X', email: 'evaluator@demo.zi.id', role: 'EVALUATOR' },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'EMAIL_TAKEN' });
    const noUnit = await admin(CreateUserDocument, {
      input: { name: 'X', email: 'x@contoh.go.id', role: 'UNIT_OPERATOR' },
    });
    expect(noUnit.errors?.[0]?.extensions).toMatchObject({ field: 'unitId' });
    const badEmail = await admin(CreateUserDocument, {
      input: { name: 'X', email: 'bukan-email', role: 'EVALUATOR' },
    });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('lists the roles a person may be given, each needing a unit exactly when createUser asks for one', async () => {
    const options = (await admin(PeopleDocument, { first: 1 })).data?.roleOptions ?? [];
    expect(options.map((option) => option.role)).toEqual(['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR']);
    const said: string[] = [];
    const asked: string[] = [];
    for (const { role, needsUnit } of options) {
      said.push(`${role} ${needsUnit ? 'unitId' : 'email'}`);
      // A taken email without a unit: refused for the unit first when the role needs one, else for the email.
      const input = { name: 'Tanpa Unit', email: 'evaluator@demo.zi.id', role };
      const refused = await admin(CreateUserDocument, { input });
      asked.push(`${role} ${refused.errors?.[0]?.extensions?.field}`);
    }
    expect(asked).toEqual(said);
    expect(said).toContain('UNIT_OPERATOR unitId');
    expect(errorCodes(await admin(PeopleDocument, { first: 1 }, 'evaluator'))).toEqual(['FORBIDDEN']);
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
      const withSmtpAdmin = portal(withSmtp, { admin: await signInAs(withSmtp, 'admin') }, 'admin');
      const created = await withSmtpAdmin(CreateUserDocument, {
        input: { name: 'Budi Evaluator', email: 'budi@contoh.go.id', role: 'EVALUATOR' },
      });
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
    const person = async (search: string) =>
      (await admin(PeopleDocument, { first: 1, search })).data?.users.edges[0]?.node;
    const evaluator = await person('evaluator@demo');
    if (!evaluator) throw new Error('The seed has no demo evaluator.');
    const input = { name: evaluator.name, email: evaluator.email, role: 'EVALUATOR' as const, active: false };
    const deactivated = await admin(UpdateUserDocument, { id: evaluator.id, input });
    expect(deactivated.data?.updateUser.active).toBe(false);
    expect(errorCodes(await admin(MatchingUnitCountDocument, { filter: {} }, 'evaluator'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    await admin(UpdateUserDocument, { id: evaluator.id, input: { ...input, active: true } });
    cookies.evaluator = await signInAs(app, 'evaluator');

    const me = await person('admin@demo');
    if (!me) throw new Error('The seed has no demo admin.');
    // The portal disables what the rule refuses, as the API tells it: only for the viewer themselves.
    expect(me.viewerMay).toEqual({ changeRole: false, deactivate: false });
    expect(evaluator.viewerMay).toEqual({ changeRole: true, deactivate: true });
    const self = await admin(UpdateUserDocument, {
      id: me.id,
      input: { name: me.name, email: me.email, role: 'ADMIN', active: false },
    });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_CHANGE' });
  });
});

describe('assigning evaluators', () => {
  const evaluators = async () => (await admin(EvaluatorsDocument, {})).data?.users.nodes ?? [];
  const assign = (input: AssignEvaluatorsInput) => admin(AssignEvaluatorsDocument, { input });

  it('shows each evaluator’s workload', async () => {
    const everyone = await evaluators();
    expect(everyone.find((e) => e.email === 'ketua@demo.zi.id')?.workload).toMatchObject({
      units: 10,
      leading: 10,
    });
    expect(everyone.find((e) => e.email === 'evaluator@demo.zi.id')?.workload).toMatchObject({
      units: 10,
      leading: 0,
    });
  });

  it('assigns in bulk by unit kind, notifies the evaluator, and widens their scope', async () => {
    const evaluatorId = (await evaluators()).find((e) => e.email === 'evaluator@demo.zi.id')?.id ?? '';
    const anAdmin = (await admin(PeopleDocument, { first: 1, role: 'ADMIN' })).data?.users.edges[0]?.node.id;
    const notAnEvaluator = await assign({ evaluatorIds: [anAdmin ?? ''], kind: 'RSUD' });
    expect(notAnEvaluator.errors?.[0]?.extensions).toMatchObject({
      field: 'evaluatorIds',
      reason: 'NOT_AN_EVALUATOR',
    });
    const before = await visibleUnits('evaluator');
    const assigned = await assign({ evaluatorIds: [evaluatorId], kind: 'RSUD' });
    const { units = 0, changed = 0 } = assigned.data?.assignEvaluators ?? {};
    expect(units).toBeGreaterThan(0);
    expect(await visibleUnits('evaluator')).toBe(before + changed);
    const again = await assign({ evaluatorIds: [evaluatorId], kind: 'RSUD' });
    expect(again.data?.assignEvaluators).toEqual({ units, changed: 0 });
    const notes = await admin(NotificationsDocument, { first: 5, unreadOnly: false }, 'evaluator');
    expect(notes.data?.notifications.edges[0]?.node).toMatchObject({
      kind: 'ASSIGNMENT',
      params: { units },
      link: '/admin/antrian',
    });
    const hospitals = await admin(RegistryUnitsDocument, {
      first: 1,
      filter: { kind: 'RSUD' },
      archived: false,
    });
    expect(hospitals.data?.units.edges[0]?.node.evaluators).toContainEqual({
      lead: false,
      evaluator: expect.objectContaining({ email: 'evaluator@demo.zi.id' }),
    });
    const everything = await assign({ evaluatorIds: [evaluatorId] });
    expect(everything.errors?.[0]?.extensions).toMatchObject({
      field: 'unitIds',
      reason: 'SELECTION_REQUIRED',
    });
    const none = await assign({ evaluatorIds: [evaluatorId], regionCode: '11' });
    expect(none.errors?.[0]?.extensions).toMatchObject({ reason: 'NO_UNITS' });
  });
});
