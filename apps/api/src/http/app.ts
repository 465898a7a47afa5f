import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context, RequestInfo } from '../common/context.js';
import { formatError } from '../common/errors.js';
import { createLoaders } from '../common/loaders.js';
import { createServices } from '../common/services.js';
import type { Config } from '../config.js';
import { buildAdminSchema, buildPublicSchema } from '../schema/build.js';
import { httpErrorHandler } from './errors.js';
import { sessionCookieFor, sessionTokenOf } from './session-cookie.js';
import { staticApp } from './static-app.js';

export type AppConfig = Pick<
  Config,
  'env' | 'sessionTtlHours' | 'cookieSecure' | 'trustProxy' | 'publicAppDir' | 'adminAppDir'
>;

export interface App {
  server: http.Server;
  /** Stops taking requests, lets running ones finish (up to `graceMs`), then stops GraphQL. */
  close(graceMs?: number): Promise<void>;
}

function requestInfo(request: Request): RequestInfo {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}

function apollo(schema: GraphQLSchema, plugins: ApolloServerPlugin<Context>[] = []) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns shutdown: it drains HTTP first, then stops both servers and the database.
    stopOnTerminationSignals: false,
    plugins,
  });
}

/** The whole HTTP surface. It does not listen: main.ts and the tests decide where. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<App> {
  const services = createServices(dataSource, config);
  const [publicSchema, adminSchema] = await Promise.all([buildPublicSchema(), buildAdminSchema()]);
  const publicServer = apollo(publicSchema);
  const adminServer = apollo(adminSchema);
  await Promise.all([publicServer.start(), adminServer.start()]);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.get('/healthz', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.json({ status: 'ok', database: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86_400 }),
    express.json({ limit: '100kb' }),
    expressMiddleware(publicServer, {
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

  app.use(
    '/admin/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(adminServer, {
      context: async ({ req, res }) => ({
        dataSource,
        services,
        loaders: createLoaders(dataSource),
        request: requestInfo(req),
        viewer: await services.auth.viewerFromToken(sessionTokenOf(req)),
        sessionCookie: sessionCookieFor(res, config.cookieSecure),
      }),
    }),
  );

  const admin = staticApp(config.adminAppDir);
  if (admin) app.use('/admin', admin);
  const site = staticApp(config.publicAppDir);
  if (site) app.use('/', site);
  app.use(httpErrorHandler);

  const server = http.createServer(app);
  return {
    server,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(force);
      await Promise.all([publicServer.stop(), adminServer.stop()]);
    },
  };
}
