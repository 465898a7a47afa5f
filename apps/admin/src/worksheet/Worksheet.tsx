import type { AnswerLayer } from '@zi/schema/admin';
import { useMemo } from 'react';
import { LayerDetails } from './LayerDetails';
import { LayerTabs } from './LayerTabs';
import { layerTotals, visibleLayers } from './layers';
import { ScoreSummary } from './ScoreSummary';
import type { WorksheetAssessment } from './types';
import { WorksheetHeader } from './WorksheetHeader';
import { worksheetTree } from './worksheet-tree';

interface WorksheetProps {
  assessment: WorksheetAssessment;
  layer: AnswerLayer;
}

/** One unit's worksheet of one year, as one layer answered and scored it; read-only. */
export function Worksheet({ assessment, layer }: WorksheetProps) {
  const tree = useMemo(() => worksheetTree(assessment.framework), [assessment.framework]);
  const totals = layerTotals(assessment);
  const shown = totals.find((total) => total.layer === layer);
  return (
    <article>
      <WorksheetHeader assessment={assessment} />
      <LayerTabs layers={visibleLayers(totals, layer)} shown={layer} />
      <ScoreSummary layer={layer} score={shown?.score ?? null} maximum={tree?.group.weight ?? 100} />
      {tree && (
        <LayerDetails
          assessmentId={assessment.id}
          layer={layer}
          tree={tree}
          questions={assessment.framework.questions}
        />
      )}
    </article>
  );
}
