import { PredicateKind } from './predicate.entity.js';

/**
 * What a unit's predicates mean (decision 0035). The SQL home of the same rules is the migration
 * 1765300000000-registry-rules: views `held_predicate` and `unit_predicate_status`; the test
 * predicate-rules.test.ts checks both give the same answer. Queries use these names, never
 * `revoked_on IS NULL` of their own.
 */

/** SQL: the predicates held now (awarded, not revoked), with the columns of `predicate`. */
export const HELD_PREDICATE = 'held_predicate';

/**
 * SQL: one row per unit ever awarded a predicate: `unit_id`, `active_predicate` ('wbbm', 'wbk' or
 * null), `ever_wbk`, `ever_wbbm`, `revoked_predicates` (how many are not held). Join it with LEFT JOIN: a unit without a row never had one.
 */
export const UNIT_PREDICATE_STATUS = 'unit_predicate_status';

interface PredicateFacts {
  kind: PredicateKind;
  revokedOn: string | null;
}

/** "Predicate held": awarded and not revoked. */
export const isHeld = (predicate: PredicateFacts): boolean => predicate.revokedOn === null;

/** The kinds a unit holds now, each once, WBK first. */
export function heldKinds(predicates: readonly PredicateFacts[]): PredicateKind[] {
  const held = new Set(predicates.filter(isHeld).map((predicate) => predicate.kind));
  return [PredicateKind.WBK, PredicateKind.WBBM].filter((kind) => held.has(kind));
}

/**
 * "Active predicate": the highest one held (WBBM over WBK), or null. A unit "holds WBK" or
 * "holds WBBM" when that is its active predicate: an upgraded unit is counted once, as WBBM.
 */
export function activePredicateOf(predicates: readonly PredicateFacts[]): PredicateKind | null {
  const held = heldKinds(predicates);
  return held.at(-1) ?? null;
}

/** "Ever awarded": awarded at some time, revoked or not. */
export const everAwarded = (predicates: readonly PredicateFacts[], kind: PredicateKind): boolean =>
  predicates.some((predicate) => predicate.kind === kind);
