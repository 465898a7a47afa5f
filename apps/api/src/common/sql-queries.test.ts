import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Column, DATASETS } from '../modules/open-data/datasets.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import type { SqlStatement } from './sql-query.js';

const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFINITION = /\bdefine(?:Query|Command)\b\s*[<(]/g;

/** Every file under apps/api/src that defines a statement (the helper itself aside), with its text. */
async function definingFiles(): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(SOURCE_DIR, { recursive: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))
      .sort()
      .map(async (file) => ({ file, text: await readFile(path.join(SOURCE_DIR, file), 'utf8') })),
  );
  return files.filter(
    ({ file, text }) =>
      file !== path.join('common', 'sql-query.ts') && (text.match(DEFINITION)?.length ?? 0) > 0,
  );
}

const isStatement = (value: unknown): value is { statement: SqlStatement } =>
  typeof value === 'function' && 'statement' in value;

/**
 * What PostgreSQL says a statement returns, from the extended protocol's Parse and Describe: the
 * statement is parsed, planned against the schema and typed, and never run.
 */
class Description implements pg.Submittable {
  private columns: Array<{ name: string; dataTypeID: number }> = [];
  private error: Error | null = null;
  readonly done: Promise<Array<{ name: string; dataTypeID: number }>>;
  private settle!: () => void;

  constructor(private readonly text: string) {
    this.done = new Promise<void>((resolve) => {
      this.settle = resolve;
    }).then(() => {
      if (this.error) throw this.error;
      return this.columns;
    });
  }

  submit(connection: pg.Connection): void {
    connection.parse({ name: '', text: this.text, types: [] }, true);
    connection.describe({ type: 'S', name: '' }, true);
    connection.sync();
  }

  handleRowDescription(message: { fields: Array<{ name: string; dataTypeID: number }> }): void {
    this.columns = message.fields;
  }

  // After an error node-postgres hands the ReadyForQuery to no query: the error is the end.
  handleError(error: Error): void {
    this.error = error;
    this.settle();
  }

  handleReadyForQuery(): void {
    this.settle();
  }
}

// `:name` as the query builder writes a parameter; `::type` is a cast.
const PARAMETER = /(?<![:\w]):([A-Za-z_]\w*)/g;

let app: TestApp;
let client: pg.Client;
let typeNames: Map<number, string>;

beforeAll(async () => {
  app = await createTestApp();
  client = new pg.Client({ connectionString: (app.dataSource.options as { url?: string }).url });
  await client.connect();
  const types = await client.query<{ oid: number; name: string }>(
    'SELECT oid::int AS oid, format_type(oid, NULL) AS name FROM pg_type',
  );
  typeNames = new Map(types.rows.map((type) => [type.oid, type.name]));
});

afterAll(async () => {
  await client?.end();
  await app?.close();
});

/** The column names and types PostgreSQL gives `sql` once its `:named` parameters are positional. */
async function describeStatement(sql: string): Promise<Record<string, string>> {
  const parameters = Object.fromEntries([...sql.matchAll(PARAMETER)].map(([, name]) => [name, null]));
  const [text] = app.dataSource.driver.escapeQueryWithParameters(sql, parameters);
  const columns = await client.query(new Description(text)).done;
  return Object.fromEntries(columns.map((column) => [column.name, typeNames.get(column.dataTypeID) ?? '?']));
}

describe('every SQL statement a feature defines', () => {
  it('lives in a *.queries.ts file, exported, so that this test finds it', async () => {
    const files = await definingFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { file, text } of files) {
      expect(file, 'statements are defined in a *.queries.ts file').toMatch(/\.queries\.ts$/);
      const module = (await import(path.join(SOURCE_DIR, file))) as Record<string, unknown>;
      const exported = Object.values(module).filter(isStatement).length;
      expect(exported, `${file}: every statement is exported`).toBe(text.match(DEFINITION)?.length);
    }
  });

  it('parses against the migrated schema and returns exactly the columns and types it declares', async () => {
    const files = await definingFiles();
    let checked = 0;
    for (const { file } of files) {
      const module = (await import(path.join(SOURCE_DIR, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!isStatement(value)) continue;
        const where = `${file}: ${name}`;
        const actual = await describeStatement(value.statement.sql).catch((error: Error) => error.message);
        expect.soft(actual, where).toEqual(value.statement.columns);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** The PostgreSQL types an open-data column of each declared type may come from. */
const DATASET_TYPES: Record<Column['type'], readonly string[]> = {
  string: ['text', 'uuid', 'character varying'],
  integer: ['integer', 'smallint'],
  boolean: ['boolean'],
  date: ['text', 'date'],
};

describe('every open-data dataset', () => {
  it('returns exactly the columns its data dictionary declares, in order and of a matching type', async () => {
    expect(DATASETS.length).toBeGreaterThan(0);
    for (const dataset of DATASETS) {
      const actual = Object.entries(await describeStatement(dataset.sql));
      expect(
        actual.map(([name]) => name),
        dataset.name,
      ).toEqual(dataset.columns.map((column) => column.name));
      for (const [index, [name, type]] of actual.entries()) {
        const declared = dataset.columns[index]?.type ?? 'string';
        expect(DATASET_TYPES[declared], `${dataset.name}.${name}`).toContain(type);
      }
    }
  });
});
