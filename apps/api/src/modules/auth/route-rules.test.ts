import type { AddressInfo } from 'node:net';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../common/services.js';
import { DEMO_ACCOUNTS } from '../../db/seed/demo.js';
import { buildAdminSchema } from '../../schema/build.js';
import { createTestApp, signIn, type TestApp } from '../../test/harness.js';
import { dashboardRoutes } from '../dashboard/dashboard.routes.js';
import type { RouteDeps } from '../feature.js';
import { unitRoutes } from '../units/units.routes.js';
import { mayCall } from './may-call.js';
import { Role } from './user.entity.js';
import type { Viewer } from './viewer.js';

/** Each file route, a request that reaches its work, and the operations whose rule it shares. */
const ROUTES = [
  { path: '/admin/dashboard/funnel.csv?year=2026', operations: ['portfolioDashboard'] },
  { path: '/admin/units/export.csv', operations: ['createUnit', 'updateUnit'] },
];

describe('a file route asks the access rule of its operation', () => {
  /** The routers alone, with a viewer and a `may` the test chooses; nothing reaches a service. */
  async function routesWith(viewer: Viewer, may: RouteDeps['may']) {
    const deps = {
      services: {} as Services,
      dataSource: {} as DataSource,
      viewerOf: async () => viewer,
      may,
    };
    const app = express();
    app.use('/admin/dashboard', dashboardRoutes(deps));
    app.use('/admin/units', unitRoutes(deps));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const get = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).status;
    return { get, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  const person = (role: Role): Viewer => ({
    id: 'person',
    sessionId: 'session',
    role,
    instansiId: 'instansi',
    unitId: null,
  });

  it('refuses whom the rule refuses and lets through whom it allows, whatever the role', async () => {
    const asked: string[] = [];
    const refusing = await routesWith(person(Role.ADMIN), (operation) => {
      asked.push(operation);
      return false;
    });
    const allowing = await routesWith(person(Role.UNIT_OPERATOR), () => true);
    try {
      expect(await refusing.get('/admin/dashboard/unknown.csv?year=2026')).toBe(403);
      expect(await refusing.get('/admin/units/export.pdf')).toBe(403);
      expect(asked).toEqual(['portfolioDashboard', 'createUnit']);
      // Past the access rule, each route refuses the unknown file itself.
      expect(await allowing.get('/admin/dashboard/unknown.csv?year=2026')).toBe(404);
      expect(await allowing.get('/admin/units/export.pdf')).toBe(404);
    } finally {
      await Promise.all([refusing.close(), allowing.close()]);
    }
  });
});

describe('each demo role meets a file route as it meets the operation', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    [app, schema] = await Promise.all([createTestApp(), buildAdminSchema()]);
  });
  afterAll(() => app.close());

  it.each(ROUTES)('$path', async ({ path, operations }) => {
    const statuses: Array<{ role: Role; status: number; may: boolean }> = [];
    for (const { email, role } of DEMO_ACCOUNTS) {
      const cookie = await signIn(app, email);
      const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      const may = operations.every((operation) => mayCall(schema, operation, role));
      statuses.push({ role, status: response.status, may });
    }
    expect(statuses.map(({ status }) => status)).toEqual(statuses.map(({ may }) => (may ? 200 : 403)));
    expect(new Set(statuses.map(({ may }) => may))).toEqual(new Set([true, false]));
  });
});
