import type { AnswerLayer, ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { SaveGate } from '../editing/SaveGate';
import { HistoryPanel } from '../workflow/HistoryPanel';
import { OpenReturnsSummary } from '../workflow/OpenReturnsSummary';
import { useReturnMarks } from '../workflow/useReturnMarks';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { LayerDetails } from './LayerDetails';
import { LayerTabs } from './LayerTabs';
import { layerTotals, visibleLayers } from './layers';
import type { WorksheetAssessment } from './types';
import { WorksheetHeader } from './WorksheetHeader';
import { worksheetTree } from './worksheet-tree';

interface WorksheetProps {
  assessment: WorksheetAssessment;
  layer: AnswerLayer;
  viewer: ViewerFragment;
}

/** One unit's worksheet of one year: a layer to read or answer, the workflow, and its history. */
export function Worksheet({ assessment, layer, viewer }: WorksheetProps) {
  const t = useT();
  const tree = useMemo(() => worksheetTree(assessment.framework), [assessment.framework]);
  const editable = assessment.editableLayers;
  const marks = useReturnMarks(viewer.email, assessment.id);
  const returnMarks = assessment.allowedActions.includes('RETURN') ? marks : null;
  const totals = layerTotals(assessment);
  return (
    <SaveGate>
      <article>
        <WorksheetHeader assessment={assessment} layer={layer} />
        {tree && <WorkflowPanel assessment={assessment} layer={layer} tree={tree} marks={returnMarks} />}
        <OpenReturnsSummary returns={assessment.openReturns} questions={assessment.framework.questions} />
        <div className="layer-bar">
          <LayerTabs layers={visibleLayers(totals, layer, editable)} shown={layer} />
          {/* Reachable before the TPI has scored anything: the unit's answers stand alone then. */}
          {assessment.unitLayer.score && (
            <Link
              className="layer-bar__compare"
              to={`/assessments/${assessment.id}/compare`}
              data-testid="compare-link"
            >
              {t('compare.link')}
            </Link>
          )}
        </div>
        {tree && (
          <LayerDetails
            assessment={assessment}
            layer={layer}
            editable={editable.includes(layer)}
            tree={tree}
            questions={assessment.framework.questions}
            marks={returnMarks}
            user={viewer.email}
          />
        )}
        <HistoryPanel history={assessment.history} />
      </article>
    </SaveGate>
  );
}
