import { useApolloClient } from '@apollo/client/react';
import { type AnswerLayer, AssessmentLayerDocument, SetAnswersDocument } from '@zi/schema/admin';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorksheetAnswer } from '../worksheet/types';
import { initialState, restoreEdits, unsavedCodes } from './autosave';
import { Autosave } from './autosave-controller';
import { useSaveGate } from './SaveGate';
import { failedOutcome, savedOutcome } from './save-outcome';
import { browserStorage, readUnsaved, unsavedKey } from './unsaved-store';
import { useAutosaveInPage } from './useAutosaveInPage';

interface UseAutosaveOptions {
  assessmentId: string;
  layer: AnswerLayer;
  /** The layer's answers as last loaded from the API. */
  answers: readonly WorksheetAnswer[];
  /** Whose edits, for the copy kept in the browser. */
  user: string;
}

/** Autosave of one layer, bound to the API, the browser's storage and the page's lifetime. */
export function useAutosave({ assessmentId, layer, answers, user }: UseAutosaveOptions) {
  const client = useApolloClient();
  const saveGate = useSaveGate();
  const storageKey = unsavedKey(user, assessmentId, layer);
  const [{ autosave, restored }] = useState(() => {
    const start = restoreEdits(initialState(answers), readUnsaved(browserStorage(), storageKey));
    const controller = new Autosave(start, {
      send: async (batch) => {
        try {
          const { data } = await client.mutate({
            mutation: SetAnswersDocument,
            variables: { input: { assessmentId, layer, answers: batch } },
          });
          if (data) {
            // Declared apart from the call: the cache needs the typename the generated types leave out.
            const assessment = {
              __typename: 'Assessment' as const,
              id: assessmentId,
              layer: data.setAnswers,
            };
            client.writeQuery({
              query: AssessmentLayerDocument,
              variables: { id: assessmentId, layer },
              data: { assessment },
            });
          }
          return savedOutcome(data);
        } catch (error) {
          return failedOutcome(error, batch);
        }
      },
    });
    return { autosave: controller, restored: [...start.pending.keys()] };
  });
  const state = useSyncExternalStore(autosave.subscribe, autosave.getState);
  const conflicts = state.conflicts.size;

  useAutosaveInPage(autosave, state, answers, storageKey);
  useEffect(() => saveGate.register(() => autosave.settle()), [saveGate, autosave]);

  // A conflict means someone else saved: reloading the layer shows when, and their other changes.
  useEffect(() => {
    if (conflicts === 0) return;
    client
      .query({
        query: AssessmentLayerDocument,
        variables: { id: assessmentId, layer },
        fetchPolicy: 'network-only',
      })
      .catch(() => undefined);
  }, [conflicts, client, assessmentId, layer]);

  // Edits restored from an earlier visit are saved like new ones; while they are not, the person is told.
  const unsavedNow = unsavedCodes(state);
  return { autosave, state, restored: restored.filter((code) => unsavedNow.has(code)) };
}
