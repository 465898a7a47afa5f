import { toGlobalId } from '@zi/api/dist/common/global-id.js';
import type { DataSource } from 'typeorm';

/** One question every server is asked, in each server's own words. */
export interface Query {
  /** Also the raw Node server's path for its stored answer. */
  key: 'directory' | 'unit-page';
  name: string;
  /** The request body our API gets. */
  ours: string;
  /** The same question for PostGraphile's generated schema. */
  postgraphile: string;
}

/**
 * The directory of issue 13: the public app's `DirectoryUnits` (first 50, default order) with each
 * unit's timeline, predicates and pacts as well.
 */
const DIRECTORY = `query Directory { units(first: 50) { totalCount edges { cursor node {
  id name kind currentStage currentStageOn activePredicate instansi { id name }
  timeline { stage occurredOn } predicates { kind year revokedOn } pacts { signedOn signatoryCount verificationCode } } }
  pageInfo { hasNextPage endCursor } } }`;

/**
 * The same units in the same order (active ones by name; PostGraphile adds the primary key, as ours
 * does) and the same columns. `activePredicate` is ours alone: PostGraphile answers the predicates
 * it is computed from.
 */
const POSTGRAPHILE_DIRECTORY = `query Directory { allUnits(first: 50, orderBy: [NAME_ASC], condition: { archivedAt: null }) {
  totalCount edges { cursor node {
  id name kind currentStage currentStageOn instansiByInstansiId { id name }
  stageEventsByUnitId(orderBy: [OCCURRED_ON_ASC, CREATED_AT_ASC]) { nodes { stage occurredOn } }
  predicatesByUnitId(orderBy: [YEAR_ASC, KIND_ASC]) { nodes { kind year revokedOn } }
  pactsByUnitId(orderBy: [SIGNED_ON_DESC, CREATED_AT_DESC]) { nodes { signedOn signatoryCount verificationCode } } } }
  pageInfo { hasNextPage endCursor } } }`;

/** The public app's unit page (`UnitPage` in packages/schema/operations/public/units.graphql). */
const UNIT_PAGE = `query UnitPage($id: ID!) { unit(id: $id) {
  id name kind currentStage currentStageOn activePredicate aliases address headName servesPublic archivedOn
  instansi { id name kind regionCode } timeline { stage occurredOn year note sourceUrl }
  predicates { kind year decreeNumber decreeDate revokedOn revocationReason }
  pacts { id signedOn occasion leaderName signatoryCount documentRef verificationCode } } }`;

/**
 * PostGraphile's `id` is its global Node ID, as ours is (the uuid column becomes `rowId`).
 * `archivedOn` is a day computed from `archivedAt`, which PostGraphile answers as it is stored.
 */
const POSTGRAPHILE_UNIT_PAGE = `query UnitPage($id: UUID!) { unitByRowId(rowId: $id) {
  id name kind currentStage currentStageOn aliases address headName servesPublic archivedAt
  instansiByInstansiId { id name kind regionCode }
  stageEventsByUnitId(orderBy: [OCCURRED_ON_ASC, CREATED_AT_ASC]) { nodes { stage occurredOn year note sourceUrl } }
  predicatesByUnitId(orderBy: [YEAR_ASC, KIND_ASC]) { nodes { kind year decreeNumber decreeDate revokedOn revocationReason } }
  pactsByUnitId(orderBy: [SIGNED_ON_DESC, CREATED_AT_DESC]) {
    nodes { id signedOn occasion leaderName signatoryCount documentRef verificationCode } } } }`;

const body = (query: string, variables?: object) => JSON.stringify({ query, variables });

/** The directory and the page of a unit that has come all the way (WBBM), with a timeline and pacts. */
export async function comparedQueries(dataSource: DataSource): Promise<Query[]> {
  const [unit] = (await dataSource.query(
    `SELECT id FROM unit WHERE current_stage = 'wbbm' AND archived_at IS NULL ORDER BY name LIMIT 1`,
  )) as { id: string }[];
  if (!unit) throw new Error('the demo data has no WBBM unit to open');
  return [
    {
      key: 'directory',
      name: 'directory',
      ours: body(DIRECTORY),
      postgraphile: body(POSTGRAPHILE_DIRECTORY),
    },
    {
      key: 'unit-page',
      name: 'unit page',
      ours: body(UNIT_PAGE, { id: toGlobalId('Unit', unit.id) }),
      postgraphile: body(POSTGRAPHILE_UNIT_PAGE, { id: unit.id }),
    },
  ];
}
