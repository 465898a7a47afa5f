import { validate } from 'class-validator';
import type { ObjectLiteral } from 'typeorm';
import {
  encodeCursor,
  keysetPageOf,
  keysetQuery,
  type ListQuery,
  type PageArgs,
  pageInfoOf,
} from '../../common/connection.js';
import { type RootRequest, shape } from './projection.js';
import { NotCompilable, type Selection } from './selection.js';

type Constructor<T> = new () => T;

/**
 * The arguments as type-graphql hands them to a resolver: input objects as instances of their
 * classes, checked by the same class-validator rules. A rule broken: the resolvers answer, with
 * the error they give.
 */
export async function checkedArgs<T extends object>(
  argsClass: Constructor<T>,
  args: Record<string, unknown>,
  inputs: Readonly<Record<string, Constructor<object>>> = {},
): Promise<T> {
  const converted = Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      const inputClass = inputs[name];
      return [name, inputClass && value ? Object.assign(new inputClass(), value) : value];
    }),
  );
  const checked = Object.assign(new argsClass(), converted);
  const errors = await validate(checked, { forbidUnknownValues: false });
  if (errors.length > 0) throw new NotCompilable('the arguments break a rule');
  return checked;
}

/** Each place the connection asks for its nodes (`nodes`, `edges.node`), in the order it asks. */
function nodeSelections(connection: Selection): Selection[] {
  const selections: Selection[] = [];
  for (const field of connection.fields) {
    if (field.name === 'nodes') selections.push(field.selection);
    if (field.name !== 'edges') continue;
    for (const inner of field.selection.fields) {
      if (inner.name === 'node') selections.push(inner.selection);
    }
  }
  return selections;
}

/** A page row: the sort value and id (for the cursor), then the node's JSON per selection. */
type PageRow = [string | number, string, ...unknown[]];

/**
 * A Relay connection from one statement that builds each node's JSON, and its count (when asked)
 * as a second, at once. The list, its order and paging are the service's `ListQuery` and
 * `keysetQuery`, as the resolvers page it; cursors and `pageInfo` are made by the same functions.
 */
export async function compiledConnection<T extends ObjectLiteral>(
  { selection, json, query: run }: RootRequest,
  list: ListQuery<T>,
  args: PageArgs,
): Promise<unknown> {
  const { query, sort } = list;
  const window = keysetQuery(query, sort, list.ascending, args);
  // The page's rows whole, so that the JSON is built from them without joining the table again.
  query.select(`${query.escape(query.alias)}.*`).addSelect(sort.expression, 'sort');
  const [pageSql, parameters] = query.getQueryAndParameters();
  const nodes = new Map(
    nodeSelections(selection).map((node, index) => [node, { index, ...json(node, 'r', { gathered: true }) }]),
  );
  const columns = ['r.sort', 'r.id', ...[...nodes.values()].map((node) => node.sql)];
  const order = `r.sort ${window.direction}, r.id ${window.direction}`;
  const count = selection.fields.some((field) => field.name === 'totalCount') ? list.countStatement() : null;
  // A kept count rides in the page's statement; one counted row by row runs beside it, on a second
  // connection, at once.
  const countInPage = count?.kept === true;
  // The page once (PostgreSQL keeps a CTE it reads more than once), its gathered lists joined to it.
  const joins = [...nodes.values()].flatMap((node) => node.joins);
  const sql = `WITH r AS (${pageSql}) SELECT coalesce(json_agg(json_build_array(${columns.join(', ')}) ORDER BY ${order}), '[]'::json) AS j${countInPage ? `, (${count.sql}) AS n` : ''} FROM r ${joins.join(' ')}`;
  const countBeside = async () =>
    count && !countInPage ? Number((await run(count.sql, count.parameters))[0]?.n) : null;
  const [[result], counted] = await Promise.all([
    run(sql, parameters) as Promise<{ j: PageRow[]; n?: number }[]>,
    countBeside(),
  ]);
  const total = countInPage ? Number(result?.n) : counted;
  const page = keysetPageOf(
    result?.j ?? [],
    window,
    args,
    ([value, id]) => encodeCursor(value, id),
    async () => total ?? 0,
  );
  const nodeOf = (row: PageRow, selected: Selection) => {
    const node = nodes.get(selected);
    if (!node) throw new NotCompilable('a node selection the statement did not write');
    return node.read(row[2 + node.index]);
  };
  const info = pageInfoOf(page);
  return shape(selection, {
    totalCount: () => total,
    nodes: (node) => page.nodes.map((row) => nodeOf(row, node)),
    edges: (edge) =>
      page.nodes.map((row, index) =>
        shape(edge, { cursor: () => page.cursors[index], node: (node) => nodeOf(row, node) }),
      ),
    pageInfo: (selected) =>
      shape(selected, {
        hasNextPage: () => info.hasNextPage,
        hasPreviousPage: () => info.hasPreviousPage,
        startCursor: () => info.startCursor,
        endCursor: () => info.endCursor,
      }),
  });
}

/**
 * One row of `table` as its selection's JSON, or null: by id (a `unit(id)`, a `node(id)`), or by
 * another unique column (`verifyPact`'s code).
 */
export async function compiledRow(
  { selection, json, query }: RootRequest,
  table: string,
  value: string,
  column = 'id',
): Promise<unknown> {
  const { sql, read } = json(selection, 'r');
  const [row] = (await query(`SELECT (SELECT ${sql} FROM ${table} r WHERE r.${column} = $1) AS j`, [
    value,
  ])) as { j: unknown }[];
  return read(row?.j ?? null);
}

/** Every row of `table` as its selection's JSON, in `order` (SQL over the alias `r`). */
export async function compiledRows(
  { selection, json, query }: RootRequest,
  table: string,
  order: string,
): Promise<unknown> {
  const { sql, read } = json(selection, 'r');
  const [row] = (await query(
    `SELECT coalesce(json_agg(${sql} ORDER BY ${order}), '[]'::json) AS j FROM ${table} r`,
    [],
  )) as { j: unknown[] }[];
  return (row?.j ?? []).map(read);
}
