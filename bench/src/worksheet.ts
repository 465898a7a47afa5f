import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toGlobalId } from '@zi/api/dist/common/global-id.js';
import { loadConfig } from '@zi/api/dist/config.js';
import { createDataSource } from '@zi/api/dist/db/data-source.js';
import { DEMO_PASSWORD } from '@zi/api/dist/db/seed/demo.js';
import { createApp } from '@zi/api/dist/http/app.js';
import { AnswerLayer } from '@zi/api/dist/modules/assessments/assessment.entity.js';
import { recomputeLayerScore } from '@zi/api/dist/modules/assessments/layer-score.js';
import type { DataSource } from 'typeorm';
import { freePort, QueryRecorder, startBenchDatabase } from './database.js';
import { type ApiProcess, startApi } from './deadline/api-process.js';
import { explainedMarkdown, explainRequest } from './explain.js';
import { selfTimes } from './public-api/profile.js';
import { statementsPerRequest } from './public-api/statements.js';

/*
 * The admin portal's worksheet page (issue 13, decision 0048): what it asks the API on load, the
 * `AssessmentWorksheet` document and then the `AssessmentLayer` of the layer it opens on, as Apollo
 * Client sends them, timed on two demo worksheets given answers in every layer, evidence and
 * history. Each build of the API runs in its own process, as `npm start` runs it, on one bench
 * database; SQL statements per request are counted by pg_stat_statements.
 *
 *   npm run bench:worksheet -- [--requests 20] [--rounds 3] [--as admin|evaluator]
 *     [--api [label=]path/to/main.js]…  another build beside this one (e.g. the commit before a
 *                                       change), asked in turn round after round: before and after
 *                                       in one run, and whether they answer the same bytes
 *     [--parts]    each part of the two documents alone, on this build
 *     [--profile]  each build's CPU per page and its top functions (V8's --cpu-prof)
 *     [--explain]  this build in process: each statement recorded and explained
 *
 * A build of an earlier commit, for `--api`:
 *   git archive <commit> apps/api tsconfig.base.json | tar -x -C /tmp/zi-before
 *   ln -s "$PWD/node_modules" /tmp/zi-before/node_modules
 *   ln -s "$PWD/apps/api/node_modules" /tmp/zi-before/apps/api/node_modules
 *   (cd /tmp/zi-before/apps/api && npx tsc -p tsconfig.build.json)
 */

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(BENCH, '..');
const RESULTS = path.join(BENCH, 'results');
const THIS_BUILD = path.join(ROOT, 'apps/api/dist/main.js');
const OPERATIONS = path.join(ROOT, 'packages/schema/operations/admin');
/** The API writes an audit checkpoint as it starts and sweeps reminders 10 s later (main.ts). */
const START_UP_WORK_MS = 12_000;
const YEAR = 2026;

/** The top-level definitions (operations and fragments) of GraphQL text, by name. */
function definitionsOf(text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  const source = text.replace(/#[^\n]*/g, '');
  let depth = 0;
  let start = -1;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at];
    if (start < 0 && /\S/.test(char ?? '')) start = at;
    if (char === '{') depth += 1;
    if (char === '}') {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        const definition = source.slice(start, at + 1).trim();
        const name = /^(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(definition)?.[1];
        if (name) definitions.set(name, definition);
        start = -1;
      }
    }
  }
  return definitions;
}

/** Every operation and fragment of the admin portal, by name. */
async function portalDefinitions(): Promise<Map<string, string>> {
  const files = (await readdir(OPERATIONS)).filter((name) => name.endsWith('.graphql'));
  const definitions = new Map<string, string>();
  for (const file of files)
    for (const [name, text] of definitionsOf(await readFile(path.join(OPERATIONS, file), 'utf8')))
      definitions.set(name, text);
  return definitions;
}

/**
 * An operation (a portal operation's name, or the text of one) as Apollo Client sends it: with
 * every fragment it spreads, and `__typename` in each selection set but the operation's own.
 */
function documentOf(definitions: Map<string, string>, operation: string): string {
  const texts = new Map([['', definitions.get(operation) ?? operation]]);
  const wanted = [...texts.values()].flatMap((text) => spreadsOf(text));
  for (let name = wanted.pop(); name !== undefined; name = wanted.pop()) {
    if (texts.has(name)) continue;
    const text = definitions.get(name);
    if (!text) throw new Error(`no fragment ${name} in ${OPERATIONS}`);
    texts.set(name, text);
    wanted.push(...spreadsOf(text));
  }
  return [...texts.values()]
    .map((text) => {
      const root = text.indexOf('{');
      const typed = text.slice(root + 1).replaceAll('{', '{ __typename');
      return text.startsWith('fragment')
        ? `${text.slice(0, root)}{ __typename${typed}`
        : `${text.slice(0, root + 1)}${typed}`;
    })
    .join('\n');
}

const spreadsOf = (text: string) => [...text.matchAll(/\.\.\.\s*(\w+)/g)].map((match) => match[1] as string);

/** `--parts`: each part of the page's two documents alone, to see where the time goes. */
const PARTS: Array<[string, string]> = [
  ['(the assessment alone)', ''],
  ['framework', 'framework { ...WorksheetFramework }'],
  [
    'layer totals',
    'unitLayer: layer(layer: UNIT) { ...LayerTotal } tpiLayer: layer(layer: TPI) { ...LayerTotal } reviewLayer: layer(layer: REVIEW) { ...LayerTotal }',
  ],
  ['workflow', '...AssessmentWorkflow'],
  ['unit', 'year unit { id name instansi { id name } heldPredicates }'],
  ['layerDeadlines', 'layerDeadlines { ...LayerDeadline }'],
  [
    'layer answers',
    'layer(layer: UNIT) { layer answers { code option number note version updatedAt author { name } } }',
  ],
  ['layer evidence', 'layer(layer: UNIT) { layer evidence { ...EvidenceItem } }'],
  [
    'layer score',
    'layer(layer: UNIT) { layer score { total answered questions groups { code weight score percent answered questions notApplicable } questionScores { code status ratio percent zeroDenominator } } }',
  ],
  [
    'layer eligibility',
    'layer(layer: UNIT) { layer eligibility { target label eligible rules { id measure label value threshold passed gap } } }',
  ],
  [
    'layer priorities',
    'layer(layer: UNIT) { layer priorities(first: 10) { code gain ratio unanswered helps } }',
  ],
];

interface Worksheet {
  /** What the table calls it. */
  name: string;
  id: string;
}

const ADMIN = 'admin@demo.zi.id';
const EVALUATOR = 'evaluator@demo.zi.id';

/**
 * Two of this year's demo worksheets of units the demo evaluator is assigned to, one being
 * evaluated (the unit's and the TPI's answers) and one evaluated, each given what the demo leaves
 * out: a review layer (40 answers), evidence in the unit's and the TPI's layers (one of them
 * replaced) and a history of moves (a return and a resubmission), with resolved returned questions.
 */
async function prepareWorksheets(dataSource: DataSource): Promise<Worksheet[]> {
  const users = (await dataSource.query(`SELECT email, id FROM app_user WHERE email IN ($1, $2)`, [
    ADMIN,
    EVALUATOR,
  ])) as Array<{ email: string; id: string }>;
  const admin = users.find((user) => user.email === ADMIN)?.id ?? null;
  const evaluator = users.find((user) => user.email === EVALUATOR)?.id ?? null;
  const chosen: Worksheet[] = [];
  for (const [status, name] of [
    ['in_review', 'being evaluated (IN_REVIEW)'],
    ['evaluated', 'evaluated (EVALUATED)'],
  ] as const) {
    const [row] = (await dataSource.query(
      `SELECT a.id, a.framework_code, a.unit_id FROM assessment a
       JOIN evaluator_assignment ea ON ea.unit_id = a.unit_id AND ea.user_id = $3
       WHERE a.year = $1 AND a.status = $2
         AND EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id AND x.layer = 'tpi')
       ORDER BY a.id LIMIT 1`,
      [YEAR, status, evaluator],
    )) as Array<{ id: string; framework_code: string; unit_id: string }>;
    if (!row) throw new Error(`the demo has no ${status} worksheet of ${YEAR} assigned to ${EVALUATOR}`);
    const [operator] = (await dataSource.query(`SELECT id FROM app_user WHERE unit_id = $1 LIMIT 1`, [
      row.unit_id,
    ])) as Array<{ id: string }>;
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO answer (assessment_id, layer, code, value, note, author_id, updated_at, version)
         SELECT assessment_id, 'review', code, value, 'Dicek ulang oleh ketua tim', $2, now(), 1
         FROM answer WHERE assessment_id = $1 AND layer = 'tpi' ORDER BY code LIMIT 40`,
        [row.id, admin],
      );
      await recomputeLayerScore(
        manager,
        { id: row.id, frameworkCode: row.framework_code },
        AnswerLayer.REVIEW,
      );
      for (const [layer, count, by] of [
        ['unit', 15, operator?.id ?? null],
        ['tpi', 6, evaluator],
      ] as const) {
        await manager.query(
          `INSERT INTO evidence (assessment_id, layer, code, url, name, added_by, created_at)
           SELECT $1, $2, code, 'https://example.org/demo/bukti/' || code || '.pdf', 'Bukti ' || code, $4,
             now() - interval '1 day' * (row_number() OVER (ORDER BY code))
           FROM answer WHERE assessment_id = $1 AND layer = 'unit' ORDER BY code LIMIT $3`,
          [row.id, layer, count, by],
        );
      }
      // One replaced: only the newer shows.
      await manager.query(
        `WITH newer AS (
           INSERT INTO evidence (assessment_id, layer, code, url, name, added_by)
           SELECT assessment_id, layer, code, url || '?v=2', name || ' (revisi)', added_by FROM evidence
           WHERE assessment_id = $1 AND layer = 'unit' ORDER BY code LIMIT 1 RETURNING id, code)
         UPDATE evidence e SET replaced_by = newer.id FROM newer
         WHERE e.assessment_id = $1 AND e.layer = 'unit' AND e.code = newer.code AND e.id <> newer.id`,
        [row.id],
      );
      const moves: Array<[string, string, string, string | null, string | null]> = [
        ['submit', 'draft', 'submitted', operator?.id ?? null, null],
        ['start_review', 'submitted', 'in_review', evaluator, null],
        ['return', 'in_review', 'returned', evaluator, 'Dua bukti belum lengkap'],
        ['submit', 'returned', 'submitted', operator?.id ?? null, null],
        ['start_review', 'submitted', 'in_review', evaluator, null],
        ...(status === 'evaluated'
          ? [
              ['approve', 'in_review', 'second_review', evaluator, null] as [
                string,
                string,
                string,
                string,
                null,
              ],
            ]
          : []),
      ];
      for (const [index, [action, from, to, actor, reason]] of moves.entries()) {
        await manager.query(
          `INSERT INTO assessment_transition (assessment_id, action, from_status, to_status, actor_id, reason, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() - interval '1 day' * $7)`,
          [row.id, action, from, to, actor, reason, moves.length - index],
        );
      }
      await manager.query(
        `INSERT INTO question_return (assessment_id, code, reason, returned_by, returned_at, resolved_at)
         SELECT $1, code, 'Lengkapi bukti', $2, now() - interval '3 days', now() - interval '2 days'
         FROM answer WHERE assessment_id = $1 AND layer = 'unit' ORDER BY code LIMIT 2`,
        [row.id, evaluator],
      );
    });
    chosen.push({ name, id: toGlobalId('Assessment', row.id) });
  }
  await dataSource.query('ANALYZE');
  return chosen;
}

/** A build of the API in its own process. */
interface Server {
  name: string;
  api: ApiProcess;
  url: string;
}

async function startServer(
  name: string,
  main: string,
  databaseUrl: string,
  dataDir: string,
  nodeArgs?: string[],
) {
  const api = await startApi({
    main,
    databaseUrl,
    port: await freePort(),
    dataDir: path.join(dataDir, name),
    logFile: path.join(RESULTS, `worksheet-${name}.log`),
    nodeArgs,
    env: { DATABASE_POOL_SIZE: '10' },
  });
  return { name, api, url: `${api.url}/admin/graphql` };
}

interface PageDocuments {
  worksheet: string;
  layer: string;
}

/** One response: its time over loopback, its text. */
async function post(url: string, cookie: string, query: string, variables: object) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const result = JSON.parse(text) as { data?: { assessment: unknown }; errors?: unknown };
  if (result.errors || !result.data?.assessment)
    throw new Error(`${url} failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return { ms, text };
}

/**
 * The page's load as the portal sends it: the worksheet, then (once it is shown) the layer the
 * worksheet opens on, the unit's.
 */
async function loadPage(url: string, cookie: string, documents: PageDocuments, id: string) {
  const worksheet = await post(url, cookie, documents.worksheet, { id });
  const layer = await post(url, cookie, documents.layer, { id, layer: 'UNIT' });
  return { worksheet, layer };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

interface Samples {
  worksheet: number[];
  layer: number[];
  page: number[];
  /** CPU the API process spent on the timed pages (user and system), ms. */
  cpuMs: number;
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/**
 * CPU a process has used so far (user and system), ms, from /proc: unlike the time a page takes,
 * it does not grow when others share the machine's cores.
 */
async function cpuOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1_000;
}

async function signIn(url: string, email: string): Promise<string> {
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { name } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie) throw new Error(`could not sign in as ${email}`);
  return cookie;
}

/** `--profile`: a build's CPU per page and the functions it spends it in (V8's --cpu-prof). */
async function profile(
  name: string,
  main: string,
  databaseUrl: string,
  dataDir: string,
  cookie: string,
  documents: PageDocuments,
  worksheets: Worksheet[],
  pages: number,
): Promise<string> {
  const profiles = await mkdtemp(path.join(tmpdir(), 'zi-bench-worksheet-profile-'));
  try {
    const server = await startServer(`${name}-profiled`, main, databaseUrl, dataDir, [
      '--cpu-prof',
      `--cpu-prof-dir=${profiles}`,
    ]);
    let window: { from: number; to: number };
    try {
      for (const worksheet of worksheets) await loadPage(server.url, cookie, documents, worksheet.id);
      const from = Number(process.hrtime.bigint() / 1_000n);
      for (let page = 0; page < pages; page += 1)
        for (const worksheet of worksheets) await loadPage(server.url, cookie, documents, worksheet.id);
      window = { from, to: Number(process.hrtime.bigint() / 1_000n) };
    } finally {
      await server.api.stop(15_000);
    }
    const file = (await readdir(profiles)).find((one) => one.endsWith('.cpuprofile'));
    if (!file) throw new Error('the API wrote no .cpuprofile');
    const times = selfTimes(
      JSON.parse(await readFile(path.join(profiles, file), 'utf8')),
      window.from,
      window.to,
    );
    const loads = pages * worksheets.length;
    const share = (ms: number) => `${((ms / times.busyMs) * 100).toFixed(1)} %`;
    return [
      `### CPU of ${name} (profiled: read shares, not times)`,
      '',
      `${loads} page loads; the API process was busy ${times.busyMs.toFixed(0)} ms of CPU, ${(times.busyMs / loads).toFixed(1)} ms per page.`,
      '',
      '| self ms / page | share | function | where |',
      '| ---: | ---: | --- | --- |',
      ...times.functions
        .slice(0, 25)
        .map((one) => `| ${(one.ms / loads).toFixed(2)} | ${share(one.ms)} | ${one.name} | ${one.where} |`),
      '',
      '| self ms / page | share | package |',
      '| ---: | ---: | --- |',
      ...times.packages
        .slice(0, 15)
        .map((one) => `| ${(one.ms / loads).toFixed(2)} | ${share(one.ms)} | ${one.name} |`),
      '',
    ].join('\n');
  } finally {
    await rm(profiles, { recursive: true, force: true });
  }
}

/** `--explain`: this build in process, its statements of each document recorded and explained. */
async function explainPage(
  databaseUrl: string,
  cookie: string,
  documents: PageDocuments,
  worksheets: Worksheet[],
): Promise<string> {
  const recorder = new QueryRecorder();
  const dataSource = createDataSource(databaseUrl, { logger: recorder });
  await dataSource.initialize();
  const app = await createApp(
    { ...loadConfig({}), env: 'production', cookieSecure: false, publicAppDir: '', adminAppDir: '' },
    dataSource,
  );
  const parts: string[] = [];
  try {
    const port = await freePort();
    await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${port}/admin/graphql`;
    for (const worksheet of worksheets) {
      await loadPage(url, cookie, documents, worksheet.id);
      for (const [document, query, variables] of [
        ['AssessmentWorksheet', documents.worksheet, { id: worksheet.id }],
        ['AssessmentLayer', documents.layer, { id: worksheet.id, layer: 'UNIT' }],
      ] as const) {
        const explained = await explainRequest(dataSource, recorder, () =>
          post(url, cookie, query, variables),
        );
        parts.push(explainedMarkdown(`${document}, worksheet ${worksheet.name}`, explained));
        process.stdout.write(`\n${document}, ${worksheet.name}: ${explained.length} statements (logger)\n`);
        for (const statement of [...explained].sort((a, b) => b.executionMs - a.executionMs))
          process.stdout.write(
            `  ${statement.executionMs.toFixed(2)} ms  ${statement.sql.replace(/\s+/g, ' ').slice(0, 120)}\n`,
          );
      }
    }
  } finally {
    await app.close(1_000);
    await dataSource.destroy();
  }
  return parts.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '3' },
      api: { type: 'string', multiple: true },
      as: { type: 'string', default: 'admin' },
      explain: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      parts: { type: 'boolean', default: false },
    },
  });
  const requests = Number(values.requests);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(requests) || requests < 1) throw new Error('--requests must be a whole number ≥ 1');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number ≥ 1');
  if (values.as !== 'admin' && values.as !== 'evaluator') throw new Error('--as is admin or evaluator');
  const email = values.as === 'admin' ? ADMIN : EVALUATOR;
  const others = values.api ?? [];
  const builds: Array<[string, string]> = [
    ...others.map((value, index): [string, string] => {
      const [label, main] = value.includes('=')
        ? value.split('=', 2)
        : [others.length === 1 ? 'before' : `build ${index + 1}`, value];
      return [label as string, path.resolve(main as string)];
    }),
    [others.length > 0 ? 'after' : 'this build', THIS_BUILD],
  ];
  const definitions = await portalDefinitions();
  const documents: PageDocuments = {
    worksheet: documentOf(definitions, 'AssessmentWorksheet'),
    layer: documentOf(definitions, 'AssessmentLayer'),
  };

  await mkdir(RESULTS, { recursive: true });
  const { dataSource, stop } = await startBenchDatabase({ statementStatistics: true });
  const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-worksheet-'));
  const servers: Server[] = [];
  try {
    const worksheets = await prepareWorksheets(dataSource);
    for (const [name, main] of builds) servers.push(await startServer(name, main, databaseUrl, dataDir));
    const settledAt = performance.now() + START_UP_WORK_MS;
    const cookie = await signIn(servers[0]?.url ?? '', email);

    // The same bytes from every build: what the page shows must not change.
    const answers = new Map<string, string>();
    const differences: string[] = [];
    for (const server of servers) {
      for (const worksheet of worksheets) {
        const page = await loadPage(server.url, cookie, documents, worksheet.id);
        const text = `${page.worksheet.text}\n${page.layer.text}`;
        const first = answers.get(worksheet.id);
        if (first === undefined) answers.set(worksheet.id, text);
        else if (first !== text) differences.push(`${server.name}, ${worksheet.name}`);
      }
    }

    // The servers' own start-up work (an audit checkpoint, the first reminder sweep) is no page's.
    const wait = settledAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const samples = new Map<string, Samples>();
    for (let round = 0; round < rounds; round += 1) {
      // The order turns each round: a busy minute of the shared machine touches every build alike.
      for (const server of [
        ...servers.slice(round % servers.length),
        ...servers.slice(0, round % servers.length),
      ]) {
        for (const worksheet of worksheets) {
          const key = `${server.name}|${worksheet.id}`;
          const into = samples.get(key) ?? { worksheet: [], layer: [], page: [], cpuMs: 0 };
          samples.set(key, into);
          await loadPage(server.url, cookie, documents, worksheet.id);
          const cpuBefore = await cpuOf(server.api.pid);
          for (let request = 0; request < requests; request += 1) {
            const { worksheet: first, layer } = await loadPage(server.url, cookie, documents, worksheet.id);
            into.worksheet.push(first.ms);
            into.layer.push(layer.ms);
            into.page.push(first.ms + layer.ms);
          }
          into.cpuMs += (await cpuOf(server.api.pid)) - cpuBefore;
        }
      }
    }

    const lines = [
      `Admin worksheet page (AssessmentWorksheet, then AssessmentLayer of the unit's layer, as the portal loads it), as ${values.as}, ${rounds} rounds × ${requests} page loads per build and worksheet, ${new Date().toISOString()}`,
      '',
      '| worksheet | build | worksheet p50 ms | p95 | layer p50 ms | p95 | page p50 ms | p95 | API CPU ms / page | SQL worksheet + layer | response kB |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    const pageP50 = new Map<string, number>();
    const pageCpu = new Map<string, number>();
    for (const worksheet of worksheets) {
      for (const server of servers) {
        const measured = samples.get(`${server.name}|${worksheet.id}`) as Samples;
        const counted = async (query: string, variables: object) =>
          (await statementsPerRequest(dataSource, () => post(server.url, cookie, query, variables)))
            .statements;
        const sqlWorksheet = await counted(documents.worksheet, { id: worksheet.id });
        const sqlLayer = await counted(documents.layer, { id: worksheet.id, layer: 'UNIT' });
        const page = await loadPage(server.url, cookie, documents, worksheet.id);
        const kB = (Buffer.byteLength(page.worksheet.text) + Buffer.byteLength(page.layer.text)) / 1024;
        const p = (values: number[], at: number) => percentile(values, at).toFixed(1);
        const cpu = measured.cpuMs / measured.page.length;
        pageP50.set(`${server.name}|${worksheet.id}`, percentile(measured.page, 50));
        pageCpu.set(`${server.name}|${worksheet.id}`, cpu);
        lines.push(
          `| ${worksheet.name} | ${server.name} | ${p(measured.worksheet, 50)} | ${p(measured.worksheet, 95)} | ${p(measured.layer, 50)} | ${p(measured.layer, 95)} | ${p(measured.page, 50)} | ${p(measured.page, 95)} | ${cpu.toFixed(1)} | ${sqlWorksheet.toFixed(1)} + ${sqlLayer.toFixed(1)} | ${kB.toFixed(0)} |`,
        );
      }
    }
    lines.push('');
    if (servers.length > 1) {
      const [first] = builds[0] as [string, string];
      for (const worksheet of worksheets) {
        const ratio = (of: Map<string, number>, name: string) =>
          (
            (of.get(`${name}|${worksheet.id}`) ?? Number.NaN) /
            (of.get(`${first}|${worksheet.id}`) ?? Number.NaN)
          ).toFixed(2);
        for (const [name] of builds.slice(1))
          lines.push(
            `- ${worksheet.name}: ${name} ÷ ${first}: page p50 ${ratio(pageP50, name)}, API CPU per page ${ratio(pageCpu, name)}`,
          );
      }
      lines.push(
        differences.length === 0
          ? '- Every build answered the page with the same bytes.'
          : `- The answers differ from the first build's: ${differences.join('; ')}`,
        '',
      );
    }
    lines.push(
      'SQL: statements per request counted by pg_stat_statements (every statement, transaction control included), 20 requests after one uncounted.',
      '',
    );
    if (values.parts) {
      const server = servers.at(-1) as Server;
      lines.push(
        `Each part alone, ${server.name}, ${requests * rounds} requests each:`,
        '',
        '| worksheet | part | p50 ms | p95 ms | SQL statements |',
        '| --- | --- | ---: | ---: | ---: |',
      );
      for (const worksheet of worksheets) {
        for (const [name, selection] of PARTS) {
          const query = documentOf(
            definitions,
            `query Part($id: ID!) { assessment(id: $id) { id ${selection} } }`,
          );
          const send = () => post(server.url, cookie, query, { id: worksheet.id });
          const ms: number[] = [];
          await send();
          for (let request = 0; request < requests * rounds; request += 1) ms.push((await send()).ms);
          const { statements } = await statementsPerRequest(dataSource, send);
          lines.push(
            `| ${worksheet.name} | ${name} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${statements.toFixed(1)} |`,
          );
        }
      }
      lines.push('');
    }
    for (const server of servers) await server.api.stop(15_000);
    servers.length = 0;

    if (values.profile) {
      for (const [name, main] of builds)
        lines.push(
          await profile(name, main, databaseUrl, dataDir, cookie, documents, worksheets, requests * rounds),
        );
    }
    const text = lines.join('\n');
    process.stdout.write(`\n${text}\n`);
    await writeFile(path.join(RESULTS, 'worksheet.md'), text);
    if (values.explain) {
      const file = path.join(RESULTS, 'worksheet-explain.md');
      await writeFile(file, await explainPage(databaseUrl, cookie, documents, worksheets));
      process.stdout.write(`Plans: ${file}\n`);
    }
  } finally {
    for (const server of servers) await server.api.stop(15_000);
    await rm(dataDir, { recursive: true, force: true });
    await stop();
  }
}

await main();
