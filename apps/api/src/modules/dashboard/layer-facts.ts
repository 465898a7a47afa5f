import { createHash } from 'node:crypto';
import {
  areaScores,
  checkEligibility,
  FRAMEWORKS,
  type Framework,
  type GroupPoints,
  type RuleResult,
  type TargetId,
  type TargetResult,
} from '@zi/lke';

/**
 * Bumped whenever what the facts hold, or how @zi/lke works them out, changes: facts of another
 * format no longer match `factsKeyOf` and are computed again on the next read.
 */
const FACTS_FORMAT = 1;

/**
 * What the dashboard reads of a stored layer's points (decision 0046), kept in
 * `dashboard_layer_facts` so that a request does not redo @zi/lke's exact arithmetic for every unit
 * in scope. Stored compact, read back by `areasOf` and `failingRules`.
 */
export interface LayerFacts {
  /** The format and framework they were computed for (`factsKeyOf`). */
  key: string;
  /** Each change area's score as a percent of its weight, in the framework's order (`areaScores`). */
  areas: number[];
  /**
   * Per target with any, the rules on points the layer fails (`checkEligibility`): each one's place
   * among the target's rules, its value and its gap. Rules on held predicates read no points: they
   * are worked out per request.
   */
  failing: Partial<Record<TargetId, Array<[index: number, value: number, gap: number]>>>;
}

const keys = new Map<string, string>();

/** The key facts computed now carry for a framework: its areas and targets, and FACTS_FORMAT. */
export function factsKeyOf(framework: Framework): string {
  let key = keys.get(framework.code);
  if (!key) {
    const defining = [FACTS_FORMAT, framework.code, framework.version, framework.areas, framework.targets];
    key = createHash('sha256').update(JSON.stringify(defining)).digest('hex').slice(0, 16);
    keys.set(framework.code, key);
  }
  return key;
}

/** Every known framework's key, by framework code, as the SQL compares stored facts with it. */
export const FACTS_KEYS = JSON.stringify(
  Object.fromEntries([...FRAMEWORKS.values()].map((framework) => [framework.code, factsKeyOf(framework)])),
);

const PREDICATE_RULE = 'priorPredicate';

export function layerFactsOf(framework: Framework, points: GroupPoints): LayerFacts {
  const failing: LayerFacts['failing'] = {};
  for (const target of checkEligibility(framework, points, { heldPredicates: [] })) {
    const rules = target.rules.flatMap(
      (rule, index): Array<[number, number, number]> =>
        rule.passed || rule.kind === PREDICATE_RULE ? [] : [[index, rule.value, rule.gap]],
    );
    if (rules.length > 0) failing[target.target] = rules;
  }
  return {
    key: factsKeyOf(framework),
    areas: areaScores(framework, points).map((area) => area.percent),
    failing,
  };
}

const areaIds = new Map<string, readonly string[]>();

/** The framework's change areas' ids, in its order: what each of `LayerFacts.areas` is the percent of. */
export function areaIdsOf(framework: Framework): readonly string[] {
  let ids = areaIds.get(framework.code);
  if (!ids) {
    ids = framework.areas.map((area) => area.id);
    areaIds.set(framework.code, ids);
  }
  return ids;
}

/** The rules on held predicates read no points: worked out once per framework and predicates held. */
const predicateResults = new Map<string, TargetResult[]>();
const NO_POINTS: GroupPoints = { groups: {} };

function resultsOnHeld(framework: Framework, held: readonly TargetId[]): TargetResult[] {
  const key = `${framework.code} ${[...held].sort().join(' ')}`;
  let results = predicateResults.get(key);
  if (!results) {
    results = checkEligibility(framework, NO_POINTS, { heldPredicates: held });
    predicateResults.set(key, results);
  }
  return results;
}

/**
 * A target's failing rules for a layer and the predicates its unit holds, in the target's order,
 * as `checkEligibility(framework, points, { heldPredicates: held })` fails them: the rules on
 * points from the stored facts (a failing rule's threshold is its minimum), the rules on held
 * predicates worked out now.
 */
export function failingRules(
  framework: Framework,
  facts: LayerFacts,
  target: TargetId,
  held: readonly TargetId[],
): RuleResult[] {
  const rules = framework.targets.find((candidate) => candidate.id === target)?.rules ?? [];
  const onPoints = (facts.failing[target] ?? []).flatMap(
    ([index, value, gap]): Array<[number, RuleResult]> => {
      const rule = rules[index];
      if (!rule || rule.kind === PREDICATE_RULE) return [];
      const { id, label, kind, min } = rule;
      return [[index, { id, label, kind, value, threshold: min, passed: false, gap }]];
    },
  );
  const onHeld =
    resultsOnHeld(framework, held)
      .find((result) => result.target === target)
      ?.rules.flatMap(
        (rule, index): Array<[number, RuleResult]> =>
          rule.kind === PREDICATE_RULE && !rule.passed ? [[index, rule]] : [],
      ) ?? [];
  return [...onPoints, ...onHeld].sort(([left], [right]) => left - right).map(([, rule]) => rule);
}
