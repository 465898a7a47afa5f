import type { AnswerLayer } from '@zi/schema/admin';
import { oneOf } from '@zi/ui';
import { ANSWER_LAYERS } from '../registry/enum-values';
import type { WorksheetAssessment } from './types';

const DEFAULT_LAYER: AnswerLayer = 'UNIT';

/** The layer shown, from `?layer=`; the unit's own answers unless another is asked for. */
export function layerOf(search: URLSearchParams): AnswerLayer {
  return oneOf(ANSWER_LAYERS, search.get('layer')) ?? DEFAULT_LAYER;
}

/** The query string that shows a layer; the default stays out of the URL. */
export function layerSearch(layer: AnswerLayer): string {
  return layer === DEFAULT_LAYER ? '' : `?layer=${layer}`;
}

export type LayerTotal = WorksheetAssessment['unitLayer'];

/** Every layer's stored total, in the order the worksheet offers them. */
export function layerTotals(assessment: Pick<WorksheetAssessment, 'unitLayer' | 'tpiLayer' | 'reviewLayer'>) {
  return [assessment.unitLayer, assessment.tpiLayer, assessment.reviewLayer];
}

/**
 * The layers worth a tab: the unit's, any other with a score, the one shown, and those to fill in;
 * never one the viewer may not see yet (the TPI's, to the unit, while it is evaluating).
 */
export function visibleLayers(
  totals: readonly LayerTotal[],
  shown: AnswerLayer,
  editable: readonly AnswerLayer[] = [],
): LayerTotal[] {
  return totals.filter(
    (total) =>
      total.visible &&
      (total.layer === DEFAULT_LAYER ||
        total.score !== null ||
        total.layer === shown ||
        editable.includes(total.layer)),
  );
}
