import { DEFAULT_FRAMEWORK_CODE, requireFramework, type TargetId } from '@zi/lke';

/** Where a score stands against the predicates' requirements, weakest first. */
export type Band = 'far' | 'below' | 'wbk' | 'wbbm';

export const BANDS: readonly Band[] = ['far', 'below', 'wbk', 'wbbm'];

/** The least a score needs for each predicate. */
export interface Bar {
  wbk: number;
  wbbm: number;
}

/** How many points under the WBK requirement a score still counts as close to it. */
const CLOSE_TO_WBK = 20;

function minimumOf(target: TargetId, ruleId: string): number {
  const rule = requireFramework(DEFAULT_FRAMEWORK_CODE)
    .targets.find((candidate) => candidate.id === target)
    ?.rules.find((candidate) => candidate.id === ruleId);
  if (!rule || rule.kind === 'priorPredicate') throw new Error(`the LKE has no ${target} rule "${ruleId}"`);
  return rule.min;
}

// The bars come from the worksheet's own rules (every area shares one), so the colours follow a new
// regulation without a change here.
export const AREA_BAR: Bar = { wbk: minimumOf('WBK', 'area1'), wbbm: minimumOf('WBBM', 'area1') };
export const TOTAL_BAR: Bar = { wbk: minimumOf('WBK', 'total'), wbbm: minimumOf('WBBM', 'total') };

export function bandOf(value: number, bar: Bar): Band {
  if (value >= bar.wbbm) return 'wbbm';
  if (value >= bar.wbk) return 'wbk';
  return value >= bar.wbk - CLOSE_TO_WBK ? 'below' : 'far';
}

/** Below what WBK asks: marked by more than its colour. */
export function isBelowWbk(band: Band): boolean {
  return band === 'far' || band === 'below';
}
