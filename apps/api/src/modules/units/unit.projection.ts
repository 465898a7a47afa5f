import { validate } from 'class-validator';
import { encodeCursor, keysetPageOf, keysetQuery, pageInfoOf } from '../../common/connection.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import {
  column,
  dayColumn,
  enumColumn,
  enumSql,
  globalIdColumn,
  listColumn,
  type RootProjection,
  type RootRequest,
  rowBy,
  rowsOf,
  shape,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';
import { NotCompilable, type Selection } from '../../public-api/compiled/selection.js';
import { PREDICATES_ORDER } from '../predicates/predicate.loader.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import { TIMELINE_ORDER } from '../stages/stage-event.loader.js';
import { UnitsArgs } from './unit.connection.js';
import { UnitFilter } from './unit.inputs.js';

const ALL = { kind: 'all' } as const;

/** A work unit as the public API reads it from `unit` (UnitFieldsResolver's fields included). */
export const unitProjection: TypeProjection = {
  type: 'Unit',
  fields: {
    id: globalIdColumn('Unit'),
    name: column('name'),
    kind: enumColumn('kind', 'UnitKind'),
    aliases: listColumn('aliases'),
    address: column('address'),
    headName: column('head_name'),
    servesPublic: column('serves_public'),
    currentStage: enumColumn('current_stage', 'Stage'),
    currentStageOn: dayColumn('current_stage_on'),
    // The day in western Indonesian time, as todayInIndonesia() gives it.
    archivedOn: {
      kind: 'leaf',
      sql: (row) => `to_char(${row}.archived_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`,
    },
    activePredicate: {
      kind: 'leaf',
      sql: (row, schema) =>
        `(SELECT ${enumSql(schema, 'PredicateKind', 'ps.active_predicate')} FROM ${UNIT_PREDICATE_STATUS} ps WHERE ps.unit_id = ${row}.id)`,
    },
    instansi: rowBy('instansi', 'instansi_id'),
    timeline: rowsOf('stage_event', 'unit_id', TIMELINE_ORDER),
    predicates: rowsOf('predicate', 'unit_id', PREDICATES_ORDER),
  },
};

/** The arguments as type-graphql hands them to UnitPublicResolver, checked by the same rules. */
async function checkedArgs(args: Record<string, unknown>): Promise<UnitsArgs> {
  const filter = args.filter ? Object.assign(new UnitFilter(), args.filter) : args.filter;
  const checked = Object.assign(new UnitsArgs(), { ...args, filter });
  const errors = await validate(checked, { forbidUnknownValues: false });
  if (errors.length > 0) throw new NotCompilable('the arguments break a rule');
  return checked;
}

/** Each place the connection asks for units (`nodes`, `edges.node`), by its selection. */
function unitSelections(connection: Selection): Map<Selection, number> {
  const selections = new Map<Selection, number>();
  for (const field of connection.fields) {
    if (field.name === 'nodes') selections.set(field.selection, selections.size);
    if (field.name !== 'edges') continue;
    for (const inner of field.selection.fields) {
      if (inner.name === 'node') selections.set(inner.selection, selections.size);
    }
  }
  return selections;
}

/** A page row: the sort value and id (for the cursor), then the unit's JSON per selection. */
type PageRow = [string | number, string, ...unknown[]];

/**
 * `units`: the page as one statement that builds each unit's JSON, and the count (when asked) as a
 * second, at once. The list, its order and its paging are UnitService's and keysetQuery's.
 */
async function resolveUnits({ args, selection, json, services, query: run }: RootRequest): Promise<unknown> {
  const request = await checkedArgs(args);
  const { query, sort, ascending, countStatement } = services.units.listQuery({ ...request, scope: ALL });
  const window = keysetQuery(query, sort, ascending, request);
  const selections = unitSelections(selection);
  query.select('u.id', 'id').addSelect(sort.expression, 'sort');
  const [pageSql, parameters] = query.getQueryAndParameters();
  const columns = ['p.sort', 'p.id', ...[...selections.keys()].map((unit) => json(unit, 'r'))];
  const order = `p.sort ${window.direction}, p.id ${window.direction}`;
  const sql = `SELECT coalesce(json_agg(json_build_array(${columns.join(', ')}) ORDER BY ${order}), '[]'::json) AS j FROM (${pageSql}) p JOIN unit r ON r.id = p.id`;
  const wantsCount = selection.fields.some((field) => field.name === 'totalCount');
  const countOf = async () => Number((await run(...countStatement()))[0]?.n);
  const [[result], total] = await Promise.all([
    run(sql, parameters) as Promise<{ j: PageRow[] }[]>,
    wantsCount ? countOf() : null,
  ]);
  const page = keysetPageOf(
    result?.j ?? [],
    window,
    request,
    ([value, id]) => encodeCursor(value, id),
    async () => total ?? 0,
  );
  const unitOf = (row: PageRow, unit: Selection) => row[2 + (selections.get(unit) ?? 0)];
  return shape(selection, {
    totalCount: () => total,
    nodes: (unit) => page.nodes.map((row) => unitOf(row, unit)),
    edges: (edge) =>
      page.nodes.map((row, index) =>
        shape(edge, { cursor: () => page.cursors[index], node: (unit) => unitOf(row, unit) }),
      ),
    pageInfo: (info) => shape(info, pageInfoValues(page)),
  });
}

const pageInfoValues = (page: Parameters<typeof pageInfoOf>[0]) => {
  const info = pageInfoOf(page);
  return {
    hasNextPage: () => info.hasNextPage,
    hasPreviousPage: () => info.hasPreviousPage,
    startCursor: () => info.startCursor,
    endCursor: () => info.endCursor,
  };
};

/** `unit(id)`: one statement; null for an id of no unit, as UnitPublicResolver answers. */
async function resolveUnit({ args, selection, json, query }: RootRequest): Promise<unknown> {
  const id = fromGlobalIdOf('Unit', String(args.id));
  const [row] = (await query(`SELECT (SELECT ${json(selection, 'r')} FROM unit r WHERE r.id = $1) AS j`, [
    id,
  ])) as { j: unknown }[];
  return row?.j ?? null;
}

export const unitRoots: RootProjection[] = [
  { field: 'units', resolve: resolveUnits },
  { field: 'unit', resolve: resolveUnit },
];
