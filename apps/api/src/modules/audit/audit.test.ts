import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('the audit log', () => {
  it('refuses to rewrite history', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  it('detects a row edited around the trigger, naming where the chain breaks', async () => {
    await app.dataSource.transaction((manager) =>
      recordAudit(manager, { actorUserId: null, action: 'test.one', entity: 'test', after: { n: 1 } }),
    );
    await app.dataSource.transaction((manager) =>
      recordAudit(manager, { actorUserId: null, action: 'test.two', entity: 'test', after: { n: 2 } }),
    );
    expect(await verifyAuditChain(app.dataSource.manager)).toBeNull();

    const [row] = (await app.dataSource.query(`SELECT id FROM audit_event WHERE action = 'test.one'`)) as {
      id: string;
    }[];
    await app.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_rewrite');
    await app.dataSource.query(`UPDATE audit_event SET after = '{"n": 100}' WHERE id = $1`, [row?.id]);
    await app.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_rewrite');
    expect(await verifyAuditChain(app.dataSource.manager)).toBe(row?.id);
  });
});
