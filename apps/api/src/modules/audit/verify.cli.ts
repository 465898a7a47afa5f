import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { walkAuditChain } from './audit-chain.js';
import {
  CheckpointError,
  checkpointLogOf,
  checkpointsDir,
  installationPublicKey,
  parseCheckpoints,
} from './checkpoints.js';
import { type CheckpointInput, describeVerdict, judge, openCheckpoints } from './verify.js';
import { openVerifyDatabase } from './verify-database.js';

const USAGE = `Checks the audit log's hash chain and compares it with the signed checkpoints of its head.

  npm run audit:verify [-- --checkpoint <file or URL> ...]

Reads the database the API uses (DATABASE_URL, or the embedded one of DATA_DIR, running or not)
and the checkpoints in DATA_DIR/audit-checkpoints. --checkpoint adds one you kept, e.g. a copy of
/open-data/audit-checkpoint.json; give it more than once for several.
Exit status: 0 intact, 1 broken, cut or rewritten, 2 could not check.`;

class UsageError extends Error {}

async function readText(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFile(source, 'utf8');
  const response = await fetch(source);
  if (!response.ok)
    throw new CheckpointError(`Cannot use ${source}: the server answered ${response.status}.`);
  return response.text();
}

async function checkpointsFrom(source: string, local: boolean): Promise<CheckpointInput[]> {
  let text: string;
  try {
    text = await readText(source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && local) return [];
    if (error instanceof CheckpointError) throw error;
    throw new CheckpointError(`Cannot read ${source}: ${(error as Error).message}`);
  }
  return parseCheckpoints(text).map((entry) => ({
    source: local ? `${source} line ${entry.line}` : source,
    local,
    value: 'value' in entry ? entry.value : { problem: entry.problem },
  }));
}

function argsOf(): string[] {
  try {
    const { values } = parseArgs({
      options: { checkpoint: { type: 'string', multiple: true }, help: { type: 'boolean' } },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    return values.checkpoint ?? [];
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

/** `npm run audit:verify`: walks the hash chain, then checks that every checkpoint still holds. */
async function main(): Promise<number> {
  const outside = argsOf();
  const config = loadConfig();
  const installationKey = await installationPublicKey(config.dataDir);
  // Read before the database: every checkpoint then names events committed before the snapshot.
  const inputs = [
    ...(await checkpointsFrom(checkpointLogOf(config.dataDir), true)),
    ...(await Promise.all(outside.map((source) => checkpointsFrom(source, false)))).flat(),
  ];
  const { opened, forged, notes } = openCheckpoints(inputs, installationKey);

  const database = await openVerifyDatabase(config);
  let walk: Awaited<ReturnType<typeof walkAuditChain>>;
  try {
    // One snapshot for every batch, while the API keeps writing.
    await database.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    walk = await walkAuditChain(
      async (sql, params) => (await database.client.query(sql, params)).rows,
      new Set(opened.map((checkpoint) => checkpoint.claim.headId)),
    );
    await database.client.query('COMMIT');
  } finally {
    await database.close();
  }
  const { holding, findings } = judge(walk, opened);
  const { ok, lines } = describeVerdict(
    { walk, holding, findings: [...findings, ...forged], notes: [`Read ${database.description}.`, ...notes] },
    checkpointsDir(config.dataDir),
  );
  (ok ? console.log : console.error)(lines.join('\n'));
  return ok ? 0 : 1;
}

let status: number;
try {
  status = await main();
} catch (error) {
  const known =
    error instanceof ConfigError || error instanceof CheckpointError || error instanceof UsageError;
  console.error(known ? error.message : `Could not check the audit log: ${(error as Error).message}`);
  status = 2;
}
process.exitCode = status;
