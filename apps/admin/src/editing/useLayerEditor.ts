import { useApolloClient } from '@apollo/client/react';
import { type AnswerLayer, LayerEvidenceDocument } from '@zi/schema/admin';
import { useCallback, useMemo } from 'react';
import type { WorksheetAnswer } from '../worksheet/types';
import type { EvidenceActions, QuestionEditor } from '../worksheet/WorksheetContext';
import { shownAnswer, shownAnswers } from './autosave';
import { useAutosave } from './useAutosave';

interface UseLayerEditorOptions {
  assessmentId: string;
  layer: AnswerLayer;
  /** Whether the API lets this viewer remove the layer's evidence now, not only replace it. */
  removable: boolean;
  answers: readonly WorksheetAnswer[];
  user: string;
}

/** One layer being edited: its autosave, the answers on screen, and what the questions may do. */
export function useLayerEditor({ assessmentId, layer, removable, answers, user }: UseLayerEditorOptions) {
  const client = useApolloClient();
  const { autosave, state, restored } = useAutosave({ assessmentId, layer, answers, user });
  const shown = useMemo(() => shownAnswers(state), [state]);

  const refresh = useCallback(
    () =>
      client.query({
        query: LayerEvidenceDocument,
        variables: { id: assessmentId, layer },
        fetchPolicy: 'network-only',
      }),
    [client, assessmentId, layer],
  );
  const evidence = useMemo<EvidenceActions>(
    () => ({ assessmentId, layer, removable, refresh }),
    [assessmentId, layer, removable, refresh],
  );

  // Stable while the layer is edited: each question subscribes to the edits of its own answers.
  const editor = useMemo<QuestionEditor>(
    () => ({
      layer,
      subscribe: autosave.subscribe,
      answerOf: (code) => shownAnswer(autosave.getState(), code),
      edit: (code, value) => autosave.edit(code, value),
      savedAnswerOf: (code) => autosave.getState().saved.get(code),
      conflictOf: (code) => autosave.getState().conflicts.get(code),
      rejectionOf: (code) => autosave.getState().rejected.get(code),
      keepMine: (code) => autosave.keepMine(code),
      takeTheirs: (code) => autosave.takeTheirs(code),
      evidence,
    }),
    [layer, autosave, evidence],
  );
  return { autosave, state, shown, editor, restored };
}
