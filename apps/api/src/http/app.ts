import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import proxyAddress from 'proxy-addr';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Context, RequestInfo } from '../common/context.js';
import { busyAs503, formatError } from '../common/errors.js';
import { createLoaders } from '../common/loaders.js';
import { nulCharacterPlugin } from '../common/nul-character.plugin.js';
import { createServices, type Services } from '../common/services.js';
import type { Config } from '../config.js';
import { databaseUrlOf } from '../db/data-source.js';
import { mayCall } from '../modules/auth/may-call.js';
import type { Feature, RouteDeps } from '../modules/feature.js';
import * as modules from '../modules/index.js';
import { ByteCache } from '../public-api/byte-cache.js';
import { CompiledAnswers } from '../public-api/compiled/compiled-answers.js';
import { projectionRegistry } from '../public-api/compiled/registry.js';
import { answerFactsPlugin, type Middleware, PublicGraphQL } from '../public-api/graphql-handler.js';
import { GZIP_FROM_BYTES } from '../public-api/gzip-answer.js';
import { legacyJsonStatusPlugin } from '../public-api/http-status.plugin.js';
import { isJsonMediaType, PUBLIC_JSON_LIMIT } from '../public-api/json-body.js';
import { type BudgetStore, MemoryLeakyBucket } from '../public-api/leaky-bucket.js';
import { type PublicLimits, publicLimitsPlugin } from '../public-api/limits.plugin.js';
import { LISTENER_APPLICATION_NAME, PublicDataVersionListener } from '../public-api/version-listener.js';
import { buildAdminSchema, buildPublicSchema } from '../schema/build.js';
import { isUnderAdmin, requireCsrfHeader } from './csrf.js';
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
  /** The Express application behind the server, whose routes a test can list. */
  express: Express;
  /** The services, for work that runs beside requests (reminders). */
  services: Services;
  /** Stops taking requests, lets running ones finish (up to `graceMs`), then stops GraphQL. */
  close(graceMs?: number): Promise<void>;
}

/** Any site may read the public API from a browser. */
const PUBLIC_ORIGIN = '*';

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
 * carries no credentials, and GET must work for any client and CDN. Answers are kept as bytes in
 * front of Apollo (public-api/graphql-handler.ts), per public data version.
 */
/** The public API's limits per query and the client budget they charge. */
const publicLimitsOf = (config: AppConfig['publicApi'], budget: BudgetStore): PublicLimits => ({
  maxCost: config.maxCost,
  maxDepth: config.maxDepth,
  maxAliases: config.maxAliases,
  budget,
});

function publicServer(schema: GraphQLSchema, limits: PublicLimits, cacheSeconds: number) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    stopOnTerminationSignals: false,
    csrfPrevention: false,
    // Automatic persisted queries keep their documents here.
    cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
    plugins: [
      nulCharacterPlugin,
      publicLimitsPlugin(limits),
      legacyJsonStatusPlugin as ApolloServerPlugin<Context>,
      ApolloServerPluginCacheControl({ defaultMaxAge: cacheSeconds }),
      // Last: it reads what the plugins above wrote into the answer.
      answerFactsPlugin,
    ],
  });
}

/** The whole HTTP surface. It does not listen: main.ts and the tests decide where. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<App> {
  const services = createServices(dataSource, config);
  const [publicSchema, adminSchema] = await Promise.all([buildPublicSchema(), buildAdminSchema()]);
  const budget = new MemoryLeakyBucket(config.publicApi.budget, config.publicApi.refillPerSecond);
  const publicLimits = publicLimitsOf(config.publicApi, budget);
  const publicApollo = publicServer(publicSchema, publicLimits, config.publicApi.cacheSeconds);
  const adminApollo = adminServer(adminSchema);
  const publicVersion = new PublicDataVersionListener({
    connectionString: databaseUrlOf(dataSource),
    application_name: LISTENER_APPLICATION_NAME,
    keepAlive: true,
  });
  publicVersion.followPool((dataSource.driver as PostgresDriver).master);
  await Promise.all([publicApollo.start(), adminApollo.start(), publicVersion.start()]);

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
      for (const route of feature.routes?.[audience] ?? []) {
        // Only paths under /admin pass the CSRF check: an admin route elsewhere would escape it.
        if (audience === 'admin' && !isUnderAdmin(route.path)) {
          throw new Error(`The admin route ${route.path} must lie under /admin/ (decision 0030).`);
        }
        app.use(route.path, route.router(routeDeps));
      }
    }
  };
  const publicCors = cors({ origin: PUBLIC_ORIGIN, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86_400 });
  const publicJson = express.json({
    limit: PUBLIC_JSON_LIMIT,
    type: (request) => isJsonMediaType(request.headers['content-type']),
  });
  const publicGraphQL = new PublicGraphQL({
    apollo: publicApollo,
    context: (req) => ({
      dataSource,
      services,
      loaders: createLoaders(dataSource),
      request: requestInfo(req),
      viewer: null,
      sessionCookie: null,
    }),
    budget,
    cache: config.publicApi.cacheMaxBytes > 0 ? new ByteCache(config.publicApi.cacheMaxBytes) : null,
    compiled: !config.publicApi.compiledPlans
      ? null
      : new CompiledAnswers({
          schema: publicSchema,
          registry: projectionRegistry(Object.values<Feature>(modules)),
          services,
          dataSource,
          limits: publicLimits,
          version: () => publicVersion.current(),
        }),
    version: () => publicVersion.current(),
    json: publicJson as Middleware,
    corsHeaders: { 'access-control-allow-origin': PUBLIC_ORIGIN },
    // What Express's `req.ip` computes (proxy-addr with the app's compiled `trust proxy`), on a
    // request Express has not taken yet: giving it Express's prototype instead costs V8 more than
    // the cache hit itself.
    clientAddress: (req) => proxyAddress(req, app.get('trust proxy fn')),
    etagOf: (body) => app.get('etag fn')(body, 'utf8'),
  });
  app.use('/graphql', publicCors, publicJson, publicGraphQL.handler);

  // Everything after the public endpoint (which compresses its own answers) goes out compressed
  // to clients that take it: admin JSON, pages, open data; precompressed files keep their coding.
  app.use(compression({ threshold: GZIP_FROM_BYTES }));
  mountRoutes('public');

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

  // A cached or compiled public answer is written before Express routes the request (decisions 0043, 0058).
  const server = http.createServer((request, response) => {
    if (!publicGraphQL.mayAnswerEarly(request)) return void app(request, response);
    publicGraphQL.answerEarly(request, response, () => app(request, response));
  });
  return {
    server,
    express: app,
    services,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
      await Promise.all([publicApollo.stop(), adminApollo.stop(), probe.close(), publicVersion.close()]);
    },
  };
}
