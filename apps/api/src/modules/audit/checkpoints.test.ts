import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordAudit } from './audit.service.js';
import { walkAuditChain } from './audit-chain.js';
import { startAuditCheckpoints } from './checkpoint-scheduler.js';
import {
  checkpointLogOf,
  installationPublicKey,
  openCheckpoint,
  type SignedCheckpoint,
  writeAuditCheckpoint,
} from './checkpoints.js';
import { describeVerdict, judge, openCheckpoints } from './verify.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const newDataDir = () => mkdtemp(path.join(tmpdir(), 'zi-checkpoints-'));
const record = (action: string) =>
  app.dataSource.transaction((manager) =>
    recordAudit(manager, { actorUserId: null, action, entity: 'test' }),
  );
const writtenClaims = async (dataDir: string) =>
  (await readFile(checkpointLogOf(dataDir), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => openCheckpoint(JSON.parse(line)));
const rows = (sql: string, params: unknown[]) => app.dataSource.query(sql, params);
const aroundTheTrigger = async (statement: string) => {
  await app.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_rewrite');
  await app.dataSource.query(statement);
  await app.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_rewrite');
};

describe('audit checkpoints', () => {
  it('are written at start, whenever the head moves, and once per head', async () => {
    const dataDir = await newDataDir();
    // Counts the scheduler's looks at the head, to know it looked again without moving on.
    let looks = 0;
    const database = {
      query: (sql: string, params?: unknown[]) => {
        looks += 1;
        return app.dataSource.query(sql, params);
      },
    };
    const stop = startAuditCheckpoints(database, dataDir, 100);
    await vi.waitFor(async () => expect(await writtenClaims(dataDir)).toHaveLength(1));
    await record('test.moved');
    await vi.waitFor(async () => expect(await writtenClaims(dataDir)).toHaveLength(2));
    const looksAtTheSecond = looks;
    await vi.waitFor(() => expect(looks).toBeGreaterThanOrEqual(looksAtTheSecond + 3));
    await stop();

    const claims = await writtenClaims(dataDir);
    const [head] = (await app.dataSource.query(
      'SELECT id::text, hash, (SELECT count(*)::int FROM audit_event) AS events FROM audit_event ORDER BY id DESC LIMIT 1',
    )) as { id: string; hash: string; events: number }[];
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ events: head?.events, headId: head?.id, headHash: head?.hash });
    expect(claims[1]?.events).toBe((claims[0]?.events ?? 0) + 1);
  });

  it('are not signed with a new key while checkpoints of a lost one exist', async () => {
    const dataDir = await newDataDir();
    await record('test.before-the-loss');
    await writeAuditCheckpoint(app.dataSource, dataDir);
    const keyFile = path.join(path.dirname(checkpointLogOf(dataDir)), 'signing-key.pem');
    await rm(keyFile);
    await record('test.after-the-loss');
    await expect(writeAuditCheckpoint(app.dataSource, dataDir)).rejects.toThrow(/signing key .* is missing/);
    await expect(readFile(keyFile)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await writtenClaims(dataDir)).toHaveLength(1);
  });

  it('refuse a checkpoint line that was edited or signed with another key', async () => {
    const [ours, theirs] = [await newDataDir(), await newDataDir()];
    await record('test.signed');
    const signed = (await writeAuditCheckpoint(app.dataSource, ours)) as SignedCheckpoint;
    const foreign = (await writeAuditCheckpoint(app.dataSource, theirs)) as SignedCheckpoint;
    const edited = {
      ...signed,
      payload: signed.payload.replace(/"events":(\d+)/, (_, n) => `"events":${Number(n) + 1}`),
    };

    const { opened, forged } = openCheckpoints(
      [
        { source: 'line 1', local: true, value: signed },
        { source: 'line 2', local: true, value: edited },
        { source: 'line 3', local: true, value: foreign },
      ],
      await installationPublicKey(ours),
    );

    expect(opened.map((c) => c.source)).toEqual(['line 1']);
    expect(forged).toEqual([
      {
        kind: 'forged',
        source: 'line 2',
        problem: 'its signature does not match its payload and public key',
      },
      {
        kind: 'forged',
        source: 'line 3',
        problem: expect.stringMatching(/^it is signed by key [0-9a-f]{16}, not /),
      },
    ]);
  });

  it('name a log that was cut and then written on as rewritten past the checkpoint', async () => {
    const dataDir = await newDataDir();
    await record('test.anchored');
    const signed = (await writeAuditCheckpoint(app.dataSource, dataDir)) as SignedCheckpoint;
    const { headId } = openCheckpoint(signed);
    await aroundTheTrigger(`DELETE FROM audit_event WHERE id >= ${headId}`);
    await record('test.after-the-cut');

    const { opened } = openCheckpoints(
      [{ source: 'kept', local: false, value: signed }],
      await installationPublicKey(dataDir),
    );
    const walk = await walkAuditChain(rows, new Set([headId]));
    const { holding, findings } = judge(walk, opened);
    const { ok, lines } = describeVerdict({ walk, holding, findings, notes: [] }, dataDir);

    expect(walk.firstBroken).toBeNull();
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain(
      `has no event ${headId} any more, though it goes on to event ${walk.head?.id}. Events up to event ${headId} were rewritten or removed.`,
    );
  });

  it('are published at /open-data/audit-checkpoint.json', async () => {
    // The test app keeps its files in one data folder: mail/, evidence/ and audit-checkpoints/.
    const dataDir = path.dirname(app.mailDir);
    const none = await fetch(`${app.url}/open-data/audit-checkpoint.json`);
    expect(none.status).toBe(404);

    await record('test.published');
    const signed = await writeAuditCheckpoint(app.dataSource, dataDir);
    const published = await fetch(`${app.url}/open-data/audit-checkpoint.json`);
    expect(published.status).toBe(200);
    expect(published.headers.get('access-control-allow-origin')).toBe('*');
    expect(await published.json()).toEqual(signed);

    const again = await fetch(`${app.url}/open-data/audit-checkpoint.json`, {
      headers: { 'if-none-match': published.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
