import { useMemo } from 'react';
import { LayerVerdictSections } from './LayerVerdictSections';
import { indexLayer } from './layer-index';
import { ScoreSummary } from './ScoreSummary';
import type { LkeQuestion, WorksheetLayer } from './types';
import { WorksheetTree } from './WorksheetTree';
import type { WorksheetNode } from './worksheet-tree';

interface LayerViewProps {
  details: WorksheetLayer;
  tree: WorksheetNode;
  questions: readonly LkeQuestion[];
}

/** A layer as stored: its score, eligibility, what to fix first, and every answer; read-only. */
export function LayerView({ details, tree, questions }: LayerViewProps) {
  const index = useMemo(() => indexLayer(details), [details]);
  return (
    <>
      <ScoreSummary layer={details.layer} score={details.score} maximum={tree.group.weight} />
      {details.score && <LayerVerdictSections verdict={details} questions={questions} />}
      <WorksheetTree tree={tree} index={index} />
    </>
  );
}
