import { getFramework } from '@zi/lke';
import { useMemo } from 'react';
import { LayerVerdictSections } from '../worksheet/LayerVerdictSections';
import { indexLayer } from '../worksheet/layer-index';
import type { LkeQuestion, WorksheetAssessment, WorksheetLayer } from '../worksheet/types';
import { WorksheetContext, type WorksheetContextValue } from '../worksheet/WorksheetContext';
import { WorksheetTree } from '../worksheet/WorksheetTree';
import type { WorksheetNode } from '../worksheet/worksheet-tree';
import { EditorBar } from './EditorBar';
import { liveVerdict } from './live-score';
import { useLayerEditor } from './useLayerEditor';
import { useScoringInput } from './useScoringInput';

interface LayerEditorProps {
  assessment: WorksheetAssessment;
  details: WorksheetLayer;
  tree: WorksheetNode;
  questions: readonly LkeQuestion[];
  /** What the questions show besides the answers (evidence, returns, the unit's layer). */
  context: Omit<WorksheetContextValue, 'editor'>;
  user: string;
}

/** A layer being answered: every change saved on its own, score and eligibility computed as it is made. */
export function LayerEditor({ assessment, details, tree, questions, context, user }: LayerEditorProps) {
  const { autosave, state, shown, editor, restored } = useLayerEditor({
    assessmentId: assessment.id,
    layer: details.layer,
    removable: assessment.viewerMay.removeEvidenceFrom.includes(details.layer),
    answers: details.answers,
    user,
  });
  const framework = getFramework(assessment.framework.code);
  const input = useScoringInput(shown);
  // A framework this build does not know is scored by the API alone, on save.
  const verdict = useMemo(
    () => (framework ? liveVerdict(framework, input, assessment.unit.heldPredicates) : details),
    [framework, input, assessment.unit.heldPredicates, details],
  );
  const index = useMemo(
    () =>
      indexLayer({
        answers: [...shown].map(([code, answer]) => ({ code, ...answer })),
        score: verdict.score,
      }),
    [shown, verdict.score],
  );
  const value = useMemo(() => ({ ...context, editor }), [context, editor]);
  const score = verdict.score ?? { total: 0, answered: 0, questions: 0 };

  return (
    <WorksheetContext value={value}>
      <EditorBar
        score={score}
        maximum={tree.group.weight}
        state={state}
        restored={restored.length}
        onRetry={() => autosave.retryNow()}
        onDiscardRestored={() => autosave.discard(restored)}
      />
      <LayerVerdictSections verdict={verdict} questions={questions} />
      <WorksheetTree tree={tree} index={index} />
    </WorksheetContext>
  );
}
