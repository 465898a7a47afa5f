import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { type EntityManager, type ObjectLiteral, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';
import { UUID } from './global-id.js';
import { RefusalReason } from './refusal-reason.js';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `The first n items (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Items after this cursor (with first).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `The last n items (1 to ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Items before this cursor (with last).' })
  before?: string | null;
}

function checkSize(field: 'first' | 'last', size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(field, `${field} must be between 1 and ${MAX_PAGE_SIZE} (got ${size})`, {
      reason: RefusalReason.PAGE_SIZE,
      min: 1,
      max: MAX_PAGE_SIZE,
    });
  }
  return size;
}

interface PageWindow {
  size: number;
  backward: boolean;
  cursor: [string | number, string] | null;
}

/** Reads Relay arguments: forward (first/after) or backward (last/before), never both. */
function pageWindow(args: PageArgs): PageWindow {
  const backward = args.last !== null && args.last !== undefined;
  if (backward && args.first !== null && args.first !== undefined) {
    throw badInput('last', 'give first or last, not both', { reason: RefusalReason.INVALID });
  }
  if (backward && args.after)
    throw badInput('after', 'after goes with first; use before with last', { reason: RefusalReason.INVALID });
  if (!backward && args.before)
    throw badInput('before', 'before goes with last; use after with first', {
      reason: RefusalReason.INVALID,
    });
  if (backward) {
    return {
      size: checkSize('last', args.last as number),
      backward,
      cursor: args.before ? decodeCursor(args.before, 'before') : null,
    };
  }
  return {
    size: checkSize('first', args.first ?? DEFAULT_PAGE_SIZE),
    backward,
    cursor: args.after ? decodeCursor(args.after, 'after') : null,
  };
}

export interface KeysetSort<T> {
  /** The SQL expression the list is ordered by; ties are broken by `<alias>.id`. */
  expression: string;
  /** The same value read from a loaded row, for its cursor. */
  cursorValue: (row: T) => string | number;
}

/** How a page's rows are asked for: read from the Relay arguments by `keysetQuery`. */
export interface KeysetWindow {
  size: number;
  backward: boolean;
  /** The SQL direction the rows come in: the list's own, or its reverse when paging backward. */
  direction: 'ASC' | 'DESC';
  /** Whether a cursor positions the page (then a data exception is a forged cursor). */
  positioned: boolean;
}

/**
 * Orders, limits and positions `query` for one page of a keyset-paginated list, in either direction:
 * the cost of a page does not grow with how deep the reader pages, and cursors stay valid while
 * rows are added. The rows it returns, one more than the page to tell whether more follow, go to
 * `keysetPageOf`.
 */
export function keysetQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: Pick<KeysetSort<T>, 'expression'>,
  ascending: boolean,
  args: PageArgs,
): KeysetWindow {
  const window = pageWindow(args);
  const id = `${query.alias}.id`;
  const forward = ascending !== window.backward;
  const direction = forward ? 'ASC' : 'DESC';
  query
    .orderBy(sort.expression, direction)
    .addOrderBy(id, direction)
    .limit(window.size + 1);
  if (window.cursor) {
    query.andWhere(`(${sort.expression}, ${id}) ${forward ? '>' : '<'} (:cursorValue, :cursorId)`, {
      cursorValue: window.cursor[0],
      cursorId: window.cursor[1],
    });
  }
  return { size: window.size, backward: window.backward, direction, positioned: window.cursor !== null };
}

/** The page of the rows `keysetQuery` asked for, in the list's order, each with its cursor. */
export function keysetPageOf<T>(
  rows: T[],
  window: KeysetWindow,
  args: PageArgs,
  cursorOf: (row: T) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  const more = rows.length > window.size;
  const nodes = rows.slice(0, window.size);
  if (window.backward) nodes.reverse();
  return {
    nodes,
    cursors: nodes.map(cursorOf),
    hasNextPage: window.backward ? Boolean(args.before) : more,
    hasPreviousPage: window.backward ? more : Boolean(args.after),
    totalCount,
  };
}

/**
 * A list request before paging: its rows in its order, and the SQL of their count (one `n` column).
 * What `listPage` loads as entities, and what the public API's compiled plans read as JSON.
 */
export interface ListQuery<T extends ObjectLiteral> {
  query: SelectQueryBuilder<T>;
  sort: KeysetSort<T>;
  ascending: boolean;
  countStatement: () => CountStatement;
}

/** The SQL of a list's count, one row with one `n` column. */
export interface CountStatement {
  sql: string;
  parameters: unknown[];
  /** Read from a count kept by triggers (one row, no parameters) rather than counted row by row. */
  kept: boolean;
}

/** `count(*)` of a list's query: each row is one item (a join must not repeat rows). */
export function countStatementOf(query: SelectQueryBuilder<ObjectLiteral>): CountStatement {
  const [sql, parameters] = query.select('count(*)::int', 'n').getQueryAndParameters();
  return { sql, parameters, kept: false };
}

/** One page of a list, its entities loaded, its count asked only when the client asks for it. */
export function listPage<T extends ObjectLiteral & { id: string }>(
  list: ListQuery<T>,
  args: PageArgs,
  manager: EntityManager,
): Promise<Page<T>> {
  return keysetPage(list.query, list.sort, list.ascending, args, async () => {
    const { sql, parameters } = list.countStatement();
    const [row] = (await manager.query(sql, parameters)) as { n: number }[];
    return row?.n ?? 0;
  });
}

/** One page of a keyset-paginated list (`keysetQuery`), its entities loaded. */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sort: KeysetSort<T>,
  ascending: boolean,
  args: PageArgs,
  totalCount: () => Promise<number>,
): Promise<Page<T>> {
  const window = keysetQuery(query, sort, ascending, args);
  const rows = await query.getMany().catch((error: unknown) => {
    throw window.positioned && isDataException(error)
      ? notACursor(window.backward ? 'before' : 'after')
      : error;
  });
  return keysetPageOf(rows, window, args, (row) => encodeCursor(sort.cursorValue(row), row.id), totalCount);
}

/** Cursor = base64url(JSON [sortValue, id]); it is opaque to clients. */
export function encodeCursor(sortValue: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): [string | number, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {}
  throw notACursor(field);
}

const notACursor = (field: string) =>
  badInput(field, `${field} is not a cursor returned by this list`, { reason: RefusalReason.INVALID_CURSOR });

/**
 * PostgreSQL's class 22 ("data exception"): a forged cursor whose sort value cannot be the sort
 * column's type (not a date, say) fails here, and is the client's error.
 */
const isDataException = (error: unknown) =>
  error instanceof QueryFailedError &&
  String((error.driverError as { code?: unknown })?.code).startsWith('22');

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** Where a page sits in its list, as a connection's `pageInfo` says. */
export function pageInfoOf(page: Omit<Page<unknown>, 'nodes' | 'totalCount'>): PageInfo {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors.at(-1) ?? null,
  };
}

/** A Relay connection type for `nodeType`, with `edges`, `nodes`, `pageInfo` and `totalCount`. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType()
  abstract class Connection {
    page: Page<T>;

    @Field(() => [Edge])
    edges(): Edge[] {
      return this.page.nodes.map((node, index) => ({ node, cursor: this.page.cursors[index] ?? '' }));
    }

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo)
    pageInfo(): PageInfo {
      return pageInfoOf(this.page);
    }

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.page.totalCount();
    }
  }
  return Connection;
}
