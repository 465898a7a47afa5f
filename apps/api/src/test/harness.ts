import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LoginDocument } from '@zi/schema/admin';
import { print } from 'graphql';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import type { Services } from '../common/services.js';
import { type Config, loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { QueryCounter } from '../db/query-counter.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo.js';
import { type App, type AppConfig, createApp } from '../http/app.js';

const TEMPLATE = 'zi_template';

/**
 * A pool of two connections (production has ten): code that holds a connection while it waits for
 * another deadlocks here with a few concurrent callers, in CI, instead of with ten in production.
 * Asking for a second one inside a transaction is refused outright (db/db.ts).
 */
export const TEST_POOL_SIZE = 2;

export interface TestApp {
  url: string;
  dataSource: DataSource;
  queries: QueryCounter;
  services: Services;
  /** The Express application, whose routes a test can list. */
  express: App['express'];
  /** Where mails go when the test gives no SMTP server. */
  mailDir: string;
  /** The local evidence store's folder (stored files by SHA-256). */
  evidenceDir: string;
  close(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the seeded template, and the whole HTTP app listening on it. */
export interface TestAppOptions {
  publicApi?: Partial<AppConfig['publicApi']>;
  publicAppDir?: string;
  evidenceMaxBytes?: number;
  evidenceStore?: Config['evidenceStore'];
  mail?: Config['mail'];
  pool?: Partial<Config['database']>;
  /** Which proxies' X-Forwarded-For to believe (TRUST_PROXY), as behind a reverse proxy. */
  trustProxy?: Config['trustProxy'];
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const name = `zi_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  const url = new URL(inject('databaseAdminUrl'));
  url.pathname = `/${name}`;
  const queries = new QueryCounter();
  const dataSource = createDataSource(url.toString(), {
    logger: queries,
    pool: { size: TEST_POOL_SIZE, ...options.pool },
  });
  await dataSource.initialize();

  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-test-data-'));
  const app: App = await createApp(
    {
      env: 'test',
      sessionTtlHours: 1,
      cookieSecure: false,
      trustProxy: options.trustProxy ?? false,
      publicApi: { ...loadConfig({}).publicApi, ...options.publicApi },
      publicAppDir: options.publicAppDir ?? '',
      dataDir,
      evidenceMaxBytes: options.evidenceMaxBytes ?? 1_048_576,
      evidenceStore: options.evidenceStore ?? { kind: 'local' },
      mail: options.mail ?? {
        kind: 'folder',
        dir: path.join(dataDir, 'mail'),
        from: 'ZI Test <test@localhost>',
      },
      publicUrl: 'http://portal.test',
      adminAppDir: '',
    },
    dataSource,
  );
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    dataSource,
    queries,
    services: app.services,
    express: app.express,
    mailDir: path.join(dataDir, 'mail'),
    evidenceDir: path.join(dataDir, 'evidence'),
    async close() {
      await app.close(1_000);
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

/**
 * What a test sends: a typed document from `@zi/schema` (the operation an app sends, its variables and
 * data typed from the schema) or an inline query string.
 */
export type Operation<Result, Variables> = string | TypedDocumentNode<Result, Variables>;
/** What an inline query string answers: untyped, each probe reads its own selection. */
// biome-ignore lint/suspicious/noExplicitAny: no type describes an inline query's data.
type Untyped = Record<string, any>;

export type { TypedDocumentNode };

/** Sends a GraphQL POST over real HTTP, optionally with a session cookie. */
export async function graphql<Result = Untyped, Variables = Record<string, unknown>>(
  url: string,
  operation: Operation<Result, Variables>,
  variables?: NoInfer<Variables>,
  cookie?: string,
): Promise<GraphQLResponse<Result>> {
  const query = typeof operation === 'string' ? operation : print(operation);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Result>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

/**
 * The admin portal's endpoint as a test calls it: `send(operation, variables, who)` posts the operation,
 * typed when it is a document from `@zi/schema/admin`, with the session cookie of the account `who`, or of
 * the default account. The cookies are read at each call, so a session added to them later is sent too;
 * an account without one goes anonymous.
 */
export type Portal<Who extends string> = <Result = Untyped, Variables = Record<string, unknown>>(
  operation: Operation<Result, Variables>,
  variables: NoInfer<Variables>,
  who?: Who,
) => Promise<GraphQLResponse<Result>>;

/** The admin portal as each account of `cookies` (from `signInEach`), as `fallback` when a call names none. */
export function portal<Who extends string>(
  app: TestApp,
  cookies: Partial<Record<Who, string>>,
  fallback: NoInfer<Who>,
): Portal<Who> {
  return (operation, variables, who = fallback) =>
    graphql(`${app.url}/admin/graphql`, operation, variables, cookies[who]);
}

export const errorCodes = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/** Logs an account with the demo password in over HTTP and returns its session cookie, for `graphql(…, cookie)`. */
export async function signIn(app: TestApp, email: string): Promise<string> {
  const response = await graphql(`${app.url}/admin/graphql`, LoginDocument, {
    input: { email, password: DEMO_PASSWORD },
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A seeded demo account by its email's local part: `ketua` is the TPI team lead, an evaluator too. */
export type DemoAccount = LocalPart<(typeof DEMO_ACCOUNTS)[number]['email']>;
type LocalPart<Email> = Email extends `${infer Who}@${string}` ? Who : never;

function demoEmail(who: DemoAccount): string {
  const account = DEMO_ACCOUNTS.find(({ email }) => email.startsWith(`${who}@`));
  if (!account) throw new Error(`The seed has no demo account ${who}.`);
  return account.email;
}

/** Logs the demo account in and returns its session cookie. */
export const signInAs = (app: TestApp, who: DemoAccount): Promise<string> => signIn(app, demoEmail(who));

/** Logs each demo account in, one after another, and returns their session cookies by account. */
export async function signInEach<Who extends DemoAccount>(
  app: TestApp,
  accounts: readonly Who[],
): Promise<Record<Who, string>> {
  const cookies = {} as Record<Who, string>;
  for (const who of accounts) cookies[who] = await signInAs(app, who);
  return cookies;
}

/** An account of each role: the Inspektorat's admin, an evaluator of the TPI and a unit's operator. */
export type EveryRole = 'admin' | 'evaluator' | 'operator';

/** One session per role (admin, evaluator, operator): what most tests compare. */
export const signInEveryRole = (app: TestApp) =>
  signInEach<EveryRole>(app, ['admin', 'evaluator', 'operator']);
