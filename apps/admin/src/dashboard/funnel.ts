import { type ChartModel, oneOf, STAGES, type Translate } from '@zi/ui';
import type { FunnelStep } from './dashboard-types';

/** The funnel's step for units that have not declared ZI by the year. */
const NOT_STARTED = 'NOT_STARTED';

export function stageLabel(stage: string, t: Translate): string {
  if (stage === NOT_STARTED) return t('stage.none');
  const known = oneOf(STAGES, stage);
  return known ? t(`stage.${known}`) : stage;
}

export interface FunnelTotals {
  total: number;
  notStarted: number;
  building: number;
}

export function funnelTotals(funnel: readonly FunnelStep[]): FunnelTotals {
  const total = funnel.reduce((sum, step) => sum + step.units, 0);
  const notStarted = funnel.find((step) => step.stage === NOT_STARTED)?.units ?? 0;
  return { total, notStarted, building: total - notStarted };
}

/**
 * The stages of the units building ZI. Those not started are said in words beside it: in a province
 * where most units have not begun, their bar would dwarf every other.
 */
export function funnelChart(funnel: readonly FunnelStep[], t: Translate): ChartModel {
  return {
    title: t('dashboard.funnel.chart'),
    series: [{ key: 'units', label: t('dashboard.units') }],
    bars: funnel
      .filter((step) => step.stage !== NOT_STARTED)
      .map((step) => ({ key: step.stage, label: stageLabel(step.stage, t), values: [step.units] })),
  };
}
