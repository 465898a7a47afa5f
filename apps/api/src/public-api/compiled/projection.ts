import { type GraphQLSchema, isEnumType } from 'graphql';
import { toGlobalId } from '../../common/global-id.js';
import type { Services } from '../../common/services.js';
import { snake } from '../../db/naming.js';
import type { JsonSelection, JsonWriting, Read } from './json-sql.js';
import type { PreparedQuery } from './prepared-query.js';
import { NotCompilable, type Selection } from './selection.js';

/**
 * How a public GraphQL type is read straight from its table as JSON (decision 0047): each field an
 * SQL expression over the row's alias, or a related row or list. A field without a projection
 * makes the whole operation go through the resolvers instead.
 */
export type FieldProjection =
  /**
   * A leaf: an SQL expression of the row that yields the field's JSON value, and the reader Node
   * turns that value into the answer's with, made once per schema (none: taken as it is).
   */
  | {
      kind: 'leaf';
      sql: (row: string, schema: GraphQLSchema) => string;
      read?: (schema: GraphQLSchema) => Read;
    }
  /**
   * A value of the one row of `table` whose `key` is this row's id (a view grouped by that key),
   * null when there is none. Over a page it is read like a list: one join for the whole page.
   */
  | {
      kind: 'keyed';
      table: string;
      key: string;
      value: string;
      read?: (schema: GraphQLSchema) => Read;
    }
  /** One related row: `from` is a FROM clause with its WHERE, naming the related row `alias`. */
  | { kind: 'object'; from: (row: string, alias: string) => string }
  /** The rows of `table` whose `foreignKey` is this row's id, in the order the field's resolver gives them. */
  | { kind: 'list'; table: string; foreignKey: string; order: (alias: string) => string };

export interface TypeProjection {
  /** The GraphQL object type, as named in the public schema. */
  type: string;
  fields: Readonly<Record<string, FieldProjection>>;
}

/** What a root field is answered from: its arguments as the schema coerced them, and its selection. */
export interface RootRequest {
  args: Record<string, unknown>;
  selection: Selection;
  /** The SQL of `json_build_array(...)` for `selection` over the row named `row`, and its reader. */
  json: (selection: Selection, row: string, writing?: JsonWriting) => JsonSelection;
  services: Services;
  /** Runs SQL as a prepared statement (prepared-query.ts). */
  query: PreparedQuery;
}

/**
 * A root field of the public query type, answered from SQL that builds its JSON. `resolve` throws
 * (any error) when these arguments are not for the fast path: the resolvers then answer, and say
 * what is wrong.
 */
export interface RootProjection {
  field: string;
  resolve: (request: RootRequest) => Promise<unknown>;
}

/** The parts of the public schema a feature reads as JSON. */
export interface Projections {
  types?: TypeProjection[];
  roots?: RootProjection[];
}

/**
 * An object the fast path assembles itself (a connection, its page info): each selected field from
 * `values`, in the answer's order. A field it has no value for is not compiled.
 */
export function shape(
  selection: Selection,
  values: Readonly<Record<string, (selection: Selection) => unknown>>,
): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  for (const field of selection.fields) {
    if (field.name === '__typename') {
      answer[field.key] = selection.type;
      continue;
    }
    const value = values[field.name];
    if (!value) throw new NotCompilable(`${selection.type}.${field.name} is not compiled`);
    answer[field.key] = value(field.selection);
  }
  return answer;
}

/** The `value` column of the row of `table` (a view, say) keyed by this row's id; see FieldProjection. */
export const keyedValue = (
  table: string,
  key: string,
  value: string,
  read?: (schema: GraphQLSchema) => Read,
): FieldProjection => ({ kind: 'keyed', table, key, value, read });

/** One related row by a column of this row holding its id. */
export const rowBy = (table: string, foreignKey: string): FieldProjection => ({
  kind: 'object',
  from: (row, alias) => `${table} ${alias} WHERE ${alias}.id = ${row}.${foreignKey}`,
});

/**
 * The rows of `table` whose `foreignKey` is this row's id, in `order`: the same property-to-direction
 * object the field's loader sorts by, so both give one order.
 */
export const rowsOf = (
  table: string,
  foreignKey: string,
  order: Readonly<Record<string, 'ASC' | 'DESC'>>,
): FieldProjection => ({
  kind: 'list',
  table,
  foreignKey,
  order: (alias) => orderSql(alias, order),
});

/** SQL of a loader's property-to-direction order over the row `alias`. */
export const orderSql = (alias: string, order: Readonly<Record<string, 'ASC' | 'DESC'>>) =>
  Object.entries(order)
    .map(([property, direction]) => `${alias}.${snake(property)} ${direction}`)
    .join(', ');

/** A column as it is: text, integer, boolean. */
export const column = (name: string): FieldProjection => ({ kind: 'leaf', sql: (row) => `${row}.${name}` });

/**
 * A `date` column as the LocalDate scalar writes it (`YYYY-MM-DD`): PostgreSQL writes a date into
 * JSON in ISO 8601 whatever the session's DateStyle, and without `to_char`'s formatting work.
 */
export const dayColumn = (name: string): FieldProjection => ({
  kind: 'leaf',
  sql: (row) => `${row}.${name}`,
});

/** A `text[]` column as a JSON list. */
export const listColumn = (name: string): FieldProjection => ({
  kind: 'leaf',
  sql: (row) => `to_json(${row}.${name})`,
});

/**
 * Reads a stored enum value as its GraphQL name, from the schema's own enum type (what the
 * resolvers' serialisation gives); null for a value the type does not know.
 */
export function enumReader(enumName: string): (schema: GraphQLSchema) => Read {
  return (schema) => {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the public schema`);
    const names = new Map(type.getValues().map((value) => [value.value, value.name]));
    return (stored) => (stored === null ? null : (names.get(stored) ?? null));
  };
}

/** A stored enum column as its GraphQL enum, named in Node. */
export const enumColumn = (name: string, enumName: string): FieldProjection => ({
  kind: 'leaf',
  sql: (row) => `${row}.${name}`,
  read: enumReader(enumName),
});

/**
 * The row's global ID: the id from the database, encoded by `toGlobalId` in Node, where it costs a
 * fraction of what base64 in SQL costs the database.
 */
export const globalIdColumn = (type: string): FieldProjection => ({
  kind: 'leaf',
  sql: (row) => `${row}.id`,
  read: () => (id) => (typeof id === 'string' ? toGlobalId(type, id) : id),
});
