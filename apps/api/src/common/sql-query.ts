import type { EntityManager } from 'typeorm';

/**
 * The PostgreSQL type names (as `format_type` spells them) a column may have for the TypeScript
 * type a row declares for it, as node-postgres parses them here: int8 and numeric arrive as
 * strings, `date` as a string (db/data-source.ts), timestamps as Date.
 */
export type PgTypeOf<T> = [NonNullable<T>] extends [boolean]
  ? 'boolean'
  : [NonNullable<T>] extends [number]
    ? 'integer' | 'smallint' | 'double precision' | 'real'
    : [NonNullable<T>] extends [Date]
      ? 'timestamp with time zone' | 'timestamp without time zone'
      : [NonNullable<T>] extends [string]
        ? 'text' | 'uuid' | 'date' | 'bigint' | 'numeric' | 'character varying' | 'inet'
        : [NonNullable<T>] extends [readonly string[]]
          ? 'text[]' | 'uuid[]'
          : [NonNullable<T>] extends [Buffer]
            ? 'bytea'
            : 'jsonb' | 'json';

/** Every column of a row, each with the PostgreSQL type that yields its TypeScript type. */
export type ColumnsOf<Row> = { readonly [Column in keyof Row]-?: PgTypeOf<Row[Column]> };

/** The parameters of a statement that takes none. */
export type NoParams = Record<never, never>;

type ParamsArgument<Params> = keyof Params extends never ? [params?: Params] : [params: Params];

/** What the statement test (sql-queries.test.ts) reads of every statement a `*.queries.ts` file exports. */
export interface SqlStatement {
  /** SQL with `:named` parameters, as the query builder takes them. */
  readonly sql: string;
  /** The result columns and their types; empty for a command without RETURNING. */
  readonly columns: Readonly<Record<string, string>>;
}

export type SqlQuery<Params, Row> = ((
  manager: EntityManager,
  ...params: ParamsArgument<Params>
) => Promise<Row[]>) & {
  readonly statement: SqlStatement;
};

export type SqlCommand<Params> = ((
  manager: EntityManager,
  ...params: ParamsArgument<Params>
) => Promise<number>) & {
  readonly statement: SqlStatement;
};

/**
 * Runs `sql` on `manager`'s connection: the open transaction's, else one from the pool for this
 * statement alone (as `manager.query` does), with `:named` parameters escaped by TypeORM.
 */
async function run(manager: EntityManager, sql: string, params: object | undefined) {
  const [text, values] = manager.dataSource.driver.escapeQueryWithParameters(sql, params ?? {});
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    return await runner.query(text, values, true);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/**
 * A statement that returns rows, with its parameters and row typed. `columns` names every column
 * of `Row` with its PostgreSQL type; the statement test checks them against what the migrated
 * database says the statement returns, so a renamed column fails a test and a renamed key the
 * type check.
 */
export function defineQuery<Params extends object, Row extends object>(statement: {
  sql: string;
  columns: ColumnsOf<Row>;
}): SqlQuery<Params, Row> {
  const query = async (manager: EntityManager, ...[params]: ParamsArgument<Params>) =>
    (await run(manager, statement.sql, params)).records as Row[];
  return Object.assign(query, { statement });
}

/** A statement that returns no rows (INSERT, UPDATE, DELETE without RETURNING): it resolves to the rows it touched. */
export function defineCommand<Params extends object>(sql: string): SqlCommand<Params> {
  const command = async (manager: EntityManager, ...[params]: ParamsArgument<Params>) =>
    (await run(manager, sql, params)).affected ?? 0;
  return Object.assign(command, { statement: { sql, columns: {} } });
}
