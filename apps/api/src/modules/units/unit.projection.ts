import { fromGlobalIdOf } from '../../common/global-id.js';
import {
  column,
  dayColumn,
  enumColumn,
  enumReader,
  globalIdColumn,
  keyedValue,
  listColumn,
  type RootProjection,
  type RootRequest,
  rowBy,
  rowsOf,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';
import { checkedArgs, compiledConnection, compiledRow } from '../../public-api/compiled/root-answers.js';
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
      sql: (row) => `(${row}.archived_at AT TIME ZONE 'Asia/Jakarta')::date`,
    },
    activePredicate: keyedValue(
      UNIT_PREDICATE_STATUS,
      'unit_id',
      'active_predicate',
      enumReader('PredicateKind'),
    ),
    instansi: rowBy('instansi', 'instansi_id'),
    timeline: rowsOf('stage_event', 'unit_id', TIMELINE_ORDER),
    predicates: rowsOf('predicate', 'unit_id', PREDICATES_ORDER),
  },
};

/** `units`: a connection compiled from UnitService's list (`compiledConnection`). */
async function resolveUnits(request: RootRequest): Promise<unknown> {
  const args = await checkedArgs(UnitsArgs, request.args, { filter: UnitFilter });
  const list = request.services.units.listQuery({ ...args, scope: ALL });
  return compiledConnection(request, list, args);
}

/** `unit(id)`: one statement; null for an id of no unit, as UnitPublicResolver answers. */
const resolveUnit = (request: RootRequest) =>
  compiledRow(request, 'unit', fromGlobalIdOf('Unit', String(request.args.id)));

export const unitRoots: RootProjection[] = [
  { field: 'units', resolve: resolveUnits },
  { field: 'unit', resolve: resolveUnit },
];
