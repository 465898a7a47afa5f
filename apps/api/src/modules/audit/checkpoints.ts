import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Signed checkpoints of the audit chain's head, kept outside the database (decision 0029): a
 * checkpoint says "the log held `events` events, the last being `headId` with `headHash`" at a
 * time. Since each hash covers the one before, it vouches for the whole log up to there.
 */
export interface CheckpointClaim {
  type: 'zi.audit-checkpoint';
  version: 1;
  events: number;
  headId: string;
  headHash: string;
  at: string;
}

/**
 * As written to `checkpoints.jsonl` and published at `/open-data/audit-checkpoint.json`. The signed
 * bytes are `payload` itself (UTF-8), so anyone can check the signature without re-encoding JSON.
 */
export interface SignedCheckpoint {
  algorithm: 'Ed25519';
  /** The claim as a JSON string. */
  payload: string;
  /** base64url. */
  signature: string;
  /** The raw 32-byte Ed25519 public key, base64url (the `x` of its JWK). */
  publicKey: string;
}

export class CheckpointError extends Error {}

const CHECKPOINTS_FOLDER = 'audit-checkpoints';
const KEY_FILE = 'signing-key.pem';
const LOG_FILE = 'checkpoints.jsonl';
const LATEST_FILE = 'latest.json';

export const checkpointsDir = (dataDir: string) => path.join(dataDir, CHECKPOINTS_FOLDER);
export const checkpointLogOf = (dataDir: string) => path.join(checkpointsDir(dataDir), LOG_FILE);
const keyFileOf = (dataDir: string) => path.join(checkpointsDir(dataDir), KEY_FILE);

/** A short name for a key, to tell keys apart in messages: the start of its SHA-256. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
}

const rawPublicKey = (key: KeyObject) => String(key.export({ format: 'jwk' }).x);

/**
 * The installation's signing key, created on first use; it lives in the data folder only. A key
 * missing beside checkpoints it signed is not made anew: every earlier checkpoint would then read
 * as forged, and outsiders holding the old public key could no longer check new ones.
 */
async function signingKey(dataDir: string): Promise<KeyObject> {
  const file = keyFileOf(dataDir);
  try {
    return createPrivateKey(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (await hasCheckpoints(dataDir)) {
    throw new CheckpointError(
      `The signing key ${file} is missing, but ${checkpointLogOf(dataDir)} holds checkpoints it signed. ` +
        'Restore the key from a backup, or move the old checkpoints away to start a new key on purpose.',
    );
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
    return privateKey;
  } catch (error) {
    // Another process of the same data folder made one first: use that.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createPrivateKey(await readFile(file, 'utf8'));
  }
}

async function hasCheckpoints(dataDir: string): Promise<boolean> {
  try {
    return (await readFile(checkpointLogOf(dataDir), 'utf8')).trim() !== '';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The public half of the installation's key, or null when no checkpoint was ever signed here. */
export async function installationPublicKey(dataDir: string): Promise<string | null> {
  try {
    return rawPublicKey(createPublicKey(await readFile(keyFileOf(dataDir), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function signClaim(claim: CheckpointClaim, key: KeyObject): SignedCheckpoint {
  const payload = JSON.stringify(claim);
  return {
    algorithm: 'Ed25519',
    payload,
    signature: sign(null, Buffer.from(payload, 'utf8'), key).toString('base64url'),
    publicKey: rawPublicKey(createPublicKey(key)),
  };
}

function isClaim(value: unknown): value is CheckpointClaim {
  const claim = value as Partial<CheckpointClaim> | null;
  return (
    claim?.type === 'zi.audit-checkpoint' &&
    claim.version === 1 &&
    Number.isSafeInteger(claim.events) &&
    (claim.events ?? 0) > 0 &&
    /^[1-9][0-9]*$/.test(claim.headId ?? '') &&
    /^[0-9a-f]{64}$/.test(claim.headHash ?? '') &&
    !Number.isNaN(Date.parse(claim.at ?? ''))
  );
}

/** The claim of a checkpoint whose signature matches its own public key; throws otherwise. */
export function openCheckpoint(value: unknown): CheckpointClaim {
  const signed = value as Partial<SignedCheckpoint> | null;
  if (signed?.algorithm !== 'Ed25519' || typeof signed.payload !== 'string') {
    throw new CheckpointError('not an audit checkpoint (expected algorithm "Ed25519" and a payload)');
  }
  let valid = false;
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: String(signed.publicKey) },
      format: 'jwk',
    });
    valid = verify(
      null,
      Buffer.from(signed.payload, 'utf8'),
      key,
      Buffer.from(String(signed.signature), 'base64url'),
    );
  } catch {}
  if (!valid) throw new CheckpointError('its signature does not match its payload and public key');
  let claim: unknown;
  try {
    claim = JSON.parse(signed.payload);
  } catch {}
  if (!isClaim(claim)) throw new CheckpointError('its payload is not an audit checkpoint claim');
  return claim;
}

/** Reads one statement's rows: a DataSource, an EntityManager or anything with the same `query`. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

type Head = Omit<CheckpointClaim, 'type' | 'version' | 'at'>;

/**
 * The chain's head and number of events, read in one statement (one snapshot), when the head has
 * moved since `last`; null when it has not, or the log is empty. The count scans the log, so it
 * runs only then.
 */
async function readMovedHead(database: Queryable, last: CheckpointClaim | null): Promise<Head | null> {
  const [newest] = (await database.query(
    'SELECT id::text AS id, hash FROM audit_event ORDER BY id DESC LIMIT 1',
  )) as {
    id: string;
    hash: string;
  }[];
  if (!newest || (last?.headId === newest.id && last.headHash === newest.hash)) return null;
  const [head] = (await database.query(
    `SELECT h.id::text AS id, h.hash, (SELECT count(*) FROM audit_event)::text AS events
       FROM (SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1) h`,
  )) as { id: string; hash: string; events: string }[];
  return head ? { events: Number(head.events), headId: head.id, headHash: head.hash } : null;
}

/** The raw text of the newest checkpoint written to this data folder, or null. */
export async function readLatestCheckpoint(dataDir: string): Promise<string | null> {
  try {
    return await readFile(path.join(checkpointsDir(dataDir), LATEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The claim in `latest.json`; null when there is none or it cannot be read (a new one replaces it). */
function claimOf(latest: string | null): CheckpointClaim | null {
  try {
    return latest ? openCheckpoint(JSON.parse(latest)) : null;
  } catch {
    return null;
  }
}

async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.appendFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Signs the chain's current head and appends it to `checkpoints.jsonl`, and makes it the one that
 * open data publishes. Does nothing when the log is empty or its head is the last checkpoint's.
 */
export async function writeAuditCheckpoint(
  database: Queryable,
  dataDir: string,
  now: Date = new Date(),
): Promise<SignedCheckpoint | null> {
  const last = claimOf(await readLatestCheckpoint(dataDir));
  const head = await readMovedHead(database, last);
  if (!head) return null;
  const signed = signClaim(
    { type: 'zi.audit-checkpoint', version: 1, ...head, at: now.toISOString() },
    await signingKey(dataDir),
  );
  const dir = checkpointsDir(dataDir);
  await appendDurably(path.join(dir, LOG_FILE), `${JSON.stringify(signed)}\n`);
  const temporary = path.join(dir, `${LATEST_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, `${JSON.stringify(signed, null, 2)}\n`, { mode: 0o644 });
  await rename(temporary, path.join(dir, LATEST_FILE));
  return signed;
}

/**
 * Every checkpoint in a text: one JSON object (a saved `/open-data/audit-checkpoint.json`) or JSON
 * lines (`checkpoints.jsonl`). Each entry is the parsed value, or the line's parse problem.
 */
type CheckpointEntry = { line: number; value: unknown } | { line: number; problem: string };

export function parseCheckpoints(text: string): CheckpointEntry[] {
  try {
    return [{ line: 1, value: JSON.parse(text) }];
  } catch {}
  return text.split('\n').flatMap((raw, index): CheckpointEntry[] => {
    if (raw.trim() === '') return [];
    try {
      return [{ line: index + 1, value: JSON.parse(raw) as unknown }];
    } catch {
      return [{ line: index + 1, problem: 'not JSON' }];
    }
  });
}
