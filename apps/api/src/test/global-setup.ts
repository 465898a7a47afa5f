import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../db/data-source.js';
import { prepareDatabase } from '../db/database.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../db/embedded.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL whose server holds the migrated, seeded `zi_template` database. */
    databaseAdminUrl: string;
  }
}

export const TEMPLATE = 'zi_template';

async function recreateTemplate(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await client.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  const dataSource = createDataSource(templateUrl.toString());
  await dataSource.initialize();
  try {
    await prepareDatabase(dataSource, true);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Real PostgreSQL for every test file: the embedded server in a temp folder (or the server at
 * TEST_DATABASE_URL), one migrated and seeded template, cloned per test file by `createTestApp`.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'zi-test-'));
    embedded = await startEmbeddedPostgres(dataDir, await freePort());
    adminUrl = embedded.url;
  }
  await recreateTemplate(adminUrl);
  project.provide('databaseAdminUrl', adminUrl);

  return async () => {
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
