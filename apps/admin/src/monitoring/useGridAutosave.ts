import { useApolloClient } from '@apollo/client/react';
import {
  type JudgementFragment,
  MonitoringRoundDocument,
  SaveMonitoringCellsDocument,
} from '@zi/schema/admin';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { initialState, restoreEdits, type SavedAnswer } from '../editing/autosave';
import { Autosave } from '../editing/autosave-controller';
import { failedOutcome } from '../editing/save-outcome';
import { browserStorage, readUnsaved, unsavedCellsKey } from '../editing/unsaved-store';
import { useAutosaveInPage } from '../editing/useAutosaveInPage';
import { CELL_REFUSALS, cellInput, savedCell } from './grid-cells';
import { withJudgements } from './round-grid';

/**
 * The grid's cells saved as they are edited, in batches, through `saveMonitoringCells`; edits not
 * saved yet are kept in the browser (per person and round) until they are.
 */
export function useGridAutosave(roundId: string, judgements: readonly JudgementFragment[], user: string) {
  const client = useApolloClient();
  const storageKey = unsavedCellsKey(user, roundId);
  const saved = useMemo(() => judgements.map(savedCell), [judgements]);
  const [autosave] = useState(() => {
    const start = restoreEdits(initialState(saved), readUnsaved(browserStorage(), storageKey));
    const controller: Autosave = new Autosave(start, {
      send: async (batch) => {
        try {
          const { data } = await client.mutate({
            mutation: SaveMonitoringCellsDocument,
            variables: { input: { roundId, cells: batch.map(cellInput) } },
          });
          if (!data) return { kind: 'failed' };
          const written = data.saveMonitoringCells;
          client.cache.updateQuery({ query: MonitoringRoundDocument, variables: { id: roundId } }, (round) =>
            round?.monitoringRound
              ? { monitoringRound: withJudgements(round.monitoringRound, written) }
              : round,
          );
          return { kind: 'saved', answers: mergedCells(controller.getState().saved, written.map(savedCell)) };
        } catch (error) {
          return failedOutcome(error, batch, CELL_REFUSALS);
        }
      },
    });
    return controller;
  });
  const state = useSyncExternalStore(autosave.subscribe, autosave.getState);

  useAutosaveInPage(autosave, state, saved, storageKey);
  return { autosave, state };
}

/** The cells saved before, with those just written in place of their older versions. */
function mergedCells(
  before: ReadonlyMap<string, SavedAnswer>,
  written: readonly SavedAnswer[],
): SavedAnswer[] {
  const cells = new Map(before);
  for (const cell of written) cells.set(cell.code, cell);
  return [...cells.values()];
}
