import type { GraphQLSchema } from 'graphql';
import type { TypeProjection } from './projection.js';
import { NotCompilable, type Selection } from './selection.js';

/** json_build_object takes at most 100 arguments: 50 keys. */
const MOST_KEYS = 50;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Writes the SQL that builds a selection's JSON from a row, following the types' projections:
 * related rows and lists become correlated subqueries, so one statement answers the whole tree.
 */
export class JsonSql {
  private aliases = 0;
  /** What it wrote, by selection path and row alias. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly types: ReadonlyMap<string, TypeProjection>,
  ) {}

  /**
   * `json_build_object(...)` of `selection` over the row named `row`. Written once per selection
   * path and row: its aliases are numbered afresh, which is safe, as written parts are siblings.
   */
  object(selection: Selection, row: string): string {
    const key = `${selection.path} ${row}`;
    let sql = this.written.get(key);
    if (sql === undefined) {
      this.aliases = 0;
      sql = this.build(selection, row);
      this.written.set(key, sql);
    }
    return sql;
  }

  private build(selection: Selection, row: string): string {
    const fields = selection.fields;
    if (fields.length > MOST_KEYS) throw new NotCompilable(`more than ${MOST_KEYS} fields on one object`);
    const pairs = fields.map((field) => `${quote(field.key)}, ${this.field(selection.type, field, row)}`);
    return `json_build_object(${pairs.join(', ')})`;
  }

  private field(type: string, field: Selection['fields'][number], row: string): string {
    if (field.name === '__typename') return quote(type);
    const projection = this.types.get(type)?.fields[field.name];
    if (!projection) throw new NotCompilable(`${type}.${field.name} has no projection`);
    if (field.nodes.some((node) => (node.arguments?.length ?? 0) > 0))
      throw new NotCompilable(`${type}.${field.name} takes no arguments here`);
    if (projection.kind === 'leaf') return projection.sql(row, this.schema);
    const alias = `j${++this.aliases}`;
    const json = this.build(field.selection, alias);
    if (projection.kind === 'object') return `(SELECT ${json} FROM ${projection.from(row, alias)})`;
    return `(SELECT coalesce(json_agg(${json} ORDER BY ${projection.order(alias)}), '[]'::json) FROM ${projection.from(row, alias)})`;
  }
}
