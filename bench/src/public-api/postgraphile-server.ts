import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile 5 as its documentation serves it (the amber preset, grafserv on node:http), on the
 * bench's database. Run by the Node 22 it needs (servers.ts), on loopback only: its generated
 * schema has mutations and no access rules. Settings come from the environment: DATABASE_URL,
 * PORT, POOL_SIZE.
 */
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  // As PostGraphile 4 did by default: every column may filter and order, indexed or not, so that
  // it can ask for active units (`archived_at IS NULL`) and the pacts' tie-break (`created_at`).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.POOL_SIZE) },
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const server = createServer();
await postgraphile(preset).createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
