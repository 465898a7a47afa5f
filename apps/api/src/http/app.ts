import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context, RequestInfo } from '../common/context.js';
import { busyAs503, formatError } from '../common/errors.js';
import { createLoaders } from '../common/loaders.js';
import { nulCharacterPlugin } from '../common/nul-character.plugin.js';
import { createServices, type Services } from '../common/services.js';
import type { Config } from '../config.js';
import { mayCall } from '../modules/auth/may-call.js';
import type { Feature, RouteDeps } from '../modules/feature.js';
import * as modules from '../modules/index.js';
import { legacyJsonStatusPlugin } from '../public-api/http-status.plugin.js';
import { MemoryLeakyBucket } from '../public-api/leaky-bucket.js';
import { publicLimitsPlugin } from '../public-api/limits.plugin.js';
import { versionedResponseCache } from '../public-api/response-cache.js';
import { buildAdminSchema, buildPublicSchema } from '../schema/build.js';
import { requireCsrfHeader } from './csrf.js';
import { httpErrorHandler } from './errors.js';
import { DatabaseProbe, healthRoutes } from './health.js';
import { publicPageMeta } from './page-meta.js';
import { sessionCookieFor, sessionTokenOf } from './session-cookie.js';
import { staticApp } from './static-app.js';

export type AppConfig = Pick<
  Config,
  | 'env'
  | 'sessionTtlHours'
  | 'cookieSecure'
  | 'trustProxy'
  | 'publicApi'
  | 'publicAppDir'
  | 'adminAppDir'
  | 'dataDir'
  | 'evidenceMaxBytes'
  | 'evidenceStore'
  | 'mail'
  | 'publicUrl'
>;

export interface App {
  server: http.Server;
  /** The services, for work that runs beside requests (reminders). */
  services: Services;
  /** Stops taking requests, lets running ones finish (up to `graceMs`), then stops GraphQL. */
  close(graceMs?: number): Promise<void>;
}

const databaseUrlOf = (dataSource: DataSource) => (dataSource.options as { url?: string }).url ?? '';

function requestInfo(request: Request): RequestInfo {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}

function adminServer(schema: GraphQLSchema) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns shutdown: it drains HTTP first, then stops both servers and the database.
    stopOnTerminationSignals: false,
    plugins: [nulCharacterPlugin],
  });
}

/**
 * Anonymous and read-only, so CSRF prevention is off: a forged request can change nothing and
 * carries no credentials, and GET must work for any client and CDN. Responses are cached per
 * public data version, so a write is visible to the next read.
 */
function publicServer(schema: GraphQLSchema, config: AppConfig['publicApi'], dataSource: DataSource) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    stopOnTerminationSignals: false,
    csrfPrevention: false,
    cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
    plugins: [
      nulCharacterPlugin,
      publicLimitsPlugin({
        maxCost: config.maxCost,
        maxDepth: config.maxDepth,
        maxAliases: config.maxAliases,
        budget: new MemoryLeakyBucket(config.budget, config.refillPerSecond),
      }),
      legacyJsonStatusPlugin as ApolloServerPlugin<Context>,
      ApolloServerPluginCacheControl({ defaultMaxAge: config.cacheSeconds }),
      versionedResponseCache(dataSource),
    ],
  });
}

/** The whole HTTP surface. It does not listen: main.ts and the tests decide where. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<App> {
  const services = createServices(dataSource, config);
  const [publicSchema, adminSchema] = await Promise.all([buildPublicSchema(), buildAdminSchema()]);
  const publicApollo = publicServer(publicSchema, config.publicApi, dataSource);
  const adminApollo = adminServer(adminSchema);
  await Promise.all([publicApollo.start(), adminApollo.start()]);

  const viewerOfRequest = (request: Request) => services.auth.viewerFromToken(sessionTokenOf(request));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  const probe = new DatabaseProbe(databaseUrlOf(dataSource));
  app.use('/healthz', healthRoutes(dataSource, probe));

  const routeDeps: RouteDeps = {
    services,
    dataSource,
    viewerOf: viewerOfRequest,
    may: (operation, viewer) => mayCall(adminSchema, operation, viewer.role),
    dataDir: config.dataDir,
    uploads: { tempDir: path.join(config.dataDir, 'evidence-uploads'), maxBytes: config.evidenceMaxBytes },
  };
  const mountRoutes = (audience: 'public' | 'admin') => {
    for (const feature of Object.values<Feature>(modules)) {
      for (const route of feature.routes?.[audience] ?? []) app.use(route.path, route.router(routeDeps));
    }
  };
  mountRoutes('public');

  app.use(
    '/graphql',
    cors({ origin: '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86_400 }),
    express.json({ limit: '100kb' }),
    expressMiddleware(publicApollo, {
      context: async ({ req }) => ({
        dataSource,
        services,
        loaders: createLoaders(dataSource),
        request: requestInfo(req),
        viewer: null,
        sessionCookie: null,
      }),
    }),
  );

  app.use('/admin', requireCsrfHeader); // before every admin route: decision 0030

  mountRoutes('admin');

  app.use(
    '/admin/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(adminApollo, {
      context: async ({ req, res }) => ({
        dataSource,
        services,
        loaders: createLoaders(dataSource),
        request: requestInfo(req),
        viewer: await busyAs503(viewerOfRequest(req)),
        sessionCookie: sessionCookieFor(res, config.cookieSecure),
      }),
    }),
  );

  const admin = staticApp(config.adminAppDir);
  if (admin) app.use('/admin', admin);
  const site = staticApp(config.publicAppDir, (pathname) => publicPageMeta(services, pathname));
  if (site) app.use('/', site);
  app.use(httpErrorHandler);

  const server = http.createServer(app);
  return {
    server,
    services,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
      await Promise.all([publicApollo.stop(), adminApollo.stop(), probe.close()]);
    },
  };
}
