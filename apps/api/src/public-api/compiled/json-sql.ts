import type { GraphQLSchema } from 'graphql';
import type { TypeProjection } from './projection.js';
import { NotCompilable, type Selection } from './selection.js';

/** json_build_array takes at most 100 arguments. */
const MOST_FIELDS = 100;

/** Turns one value of the statement's JSON into the answer's. */
export type Read = (value: unknown) => unknown;

/**
 * A selection over a row: SQL giving its fields' values as one JSON array, in selection order,
 * and `read`, which names them. Writing keys and global IDs in Node rather than in PostgreSQL
 * halves what the database spends on the JSON (decision 0047).
 */
export interface JsonSelection {
  sql: string;
  /** The answer's object from the array the SQL wrote; null stays null (no related row). */
  read: Read;
  /** The joins `sql` reads its gathered lists from (`object(…, { gathered: true })`); else none. */
  joins: string[];
}

/** How a selection over a row is written: `gathered`, its lists come from one grouped join per list for all rows of `row`. */
export interface JsonWriting {
  gathered?: boolean;
}

interface FieldPart {
  key: string;
  /** Null: a value known without the row (`__typename`). */
  sql: string | null;
  read: Read;
}

const asIs: Read = (value) => value;

/**
 * Writes the SQL that gives a selection's values from a row, following the types' projections:
 * related rows and lists become correlated subqueries, so one statement answers the whole tree.
 */
export class JsonSql {
  private aliases = 0;
  /** Never reset: two gathered selections over one page join side by side. */
  private gatheredLists = 0;
  /** What it wrote, by selection path and row alias. */
  private readonly written = new Map<string, JsonSelection>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly types: ReadonlyMap<string, TypeProjection>,
  ) {}

  /**
   * `json_build_array(...)` of `selection` over the row named `row`, and its reader. Written once
   * per selection path, row and writing: its aliases are numbered afresh, which is safe, as written
   * parts are siblings.
   */
  object(selection: Selection, row: string, { gathered = false }: JsonWriting = {}): JsonSelection {
    const key = `${selection.path} ${row} ${gathered}`;
    let written = this.written.get(key);
    if (written === undefined) {
      this.aliases = 0;
      written = this.build(selection, row, gathered ? [] : null);
      this.written.set(key, written);
    }
    return written;
  }

  /** `joins`: where this object's lists go as grouped joins; null: as a subquery per row. */
  private build(selection: Selection, row: string, joins: string[] | null = null): JsonSelection {
    const parts = selection.fields.map((field) => this.field(selection.type, field, row, joins));
    const columns = parts.flatMap((part) => (part.sql === null ? [] : [part.sql]));
    if (columns.length > MOST_FIELDS)
      throw new NotCompilable(`more than ${MOST_FIELDS} fields on one object`);
    return { sql: `json_build_array(${columns.join(', ')})`, read: objectReader(parts), joins: joins ?? [] };
  }

  private field(
    type: string,
    field: Selection['fields'][number],
    row: string,
    joins: string[] | null,
  ): FieldPart {
    const { key } = field;
    if (field.name === '__typename') return { key, sql: null, read: () => type };
    const projection = this.types.get(type)?.fields[field.name];
    if (!projection) throw new NotCompilable(`${type}.${field.name} has no projection`);
    if (field.nodes.some((node) => (node.arguments?.length ?? 0) > 0))
      throw new NotCompilable(`${type}.${field.name} takes no arguments here`);
    if (projection.kind === 'leaf')
      return { key, sql: projection.sql(row, this.schema), read: projection.read?.(this.schema) ?? asIs };
    const alias = `j${++this.aliases}`;
    if (projection.kind === 'keyed') {
      const { table, value } = projection;
      const read = projection.read?.(this.schema) ?? asIs;
      if (joins === null)
        return {
          key,
          sql: `(SELECT ${alias}.${value} FROM ${table} ${alias} WHERE ${alias}.${projection.key} = ${row}.id)`,
          read,
        };
      return { key, sql: this.gather(joins, row, alias, table, projection.key, `${alias}.${value}`), read };
    }
    const inner = this.build(field.selection, alias);
    if (projection.kind === 'object')
      return { key, sql: `(SELECT ${inner.sql} FROM ${projection.from(row, alias)})`, read: inner.read };
    const { table, foreignKey, order } = projection;
    const list = `json_agg(${inner.sql} ORDER BY ${order(alias)})`;
    const read: Read = (values) => (values as unknown[]).map(inner.read);
    if (joins === null) {
      const from = `${table} ${alias} WHERE ${alias}.${foreignKey} = ${row}.id`;
      return { key, sql: `(SELECT coalesce(${list}, '[]'::json) FROM ${from})`, read };
    }
    const gathered = this.gather(
      joins,
      row,
      alias,
      table,
      foreignKey,
      list,
      `GROUP BY ${alias}.${foreignKey}`,
    );
    return { key, sql: `coalesce(${gathered}, '[]'::json)`, read };
  }

  /**
   * Joins `value` of the rows of `table` whose `foreignKey` is one of the page's ids, for the
   * whole page at once, and gives the SQL that reads it for a row. One pass over the related rows,
   * where a subquery per row would start an aggregate and its sort (or a view's grouping) for each
   * row: the active predicate read per row was a third of the 10,000-unit directory's database
   * time (pgbench: 3.6 → 2.3 ms). The page's ids as an array let the planner fetch them by index at
   * any size; `IN (SELECT …)` made it hash-join a scan of the whole table once the table grew
   * (pgbench, directory: 0.94 ms at 253 units, 1.15 ms at 100,000, against 1.70 and 1.03
   * correlated, and 0.93 and 2.35 with IN).
   */
  private gather(
    joins: string[],
    row: string,
    alias: string,
    table: string,
    foreignKey: string,
    value: string,
    grouping = '',
  ): string {
    const gathered = `g${++this.gatheredLists}`;
    joins.push(
      `LEFT JOIN (SELECT ${alias}.${foreignKey} AS k, ${value} AS j FROM ${table} ${alias} WHERE ${alias}.${foreignKey} = ANY(ARRAY(SELECT id FROM ${row})) ${grouping}) ${gathered} ON ${gathered}.k = ${row}.id`,
    );
    return `${gathered}.j`;
  }
}

/** An object with each part's key, in selection order, from the array of the parts that have SQL. */
function objectReader(parts: readonly FieldPart[]): Read {
  return (value) => {
    if (value === null) return null;
    const values = value as unknown[];
    const answer: Record<string, unknown> = {};
    let next = 0;
    for (const part of parts) answer[part.key] = part.read(part.sql === null ? null : values[next++]);
    return answer;
  };
}
