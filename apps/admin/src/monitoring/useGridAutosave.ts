import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  type AnswerInput,
  type JudgementFragment,
  type MonitoringCellInput,
  MonitoringRoundDocument,
  type ProgressJudgement,
  SaveMonitoringCellsDocument,
} from '@zi/schema/admin';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { refusalOf } from '../api-errors';
import { initialState, restoreEdits, type SavedAnswer } from '../editing/autosave';
import { Autosave, type SaveOutcome } from '../editing/autosave-controller';
import { failedOutcome } from '../editing/save-outcome';
import { browserStorage, readUnsaved, unsavedCellsKey } from '../editing/unsaved-store';
import { useAutosaveInPage } from '../editing/useAutosaveInPage';
import { cellCode, cellOfCode, savedCell } from './grid-cells';
import { withJudgements } from './round-grid';

const cellInput = (answer: AnswerInput): MonitoringCellInput => {
  const { unitId, area } = cellOfCode(answer.code);
  return {
    unitId,
    area,
    judgement: (answer.option ?? 'NOT_STARTED') as ProgressJudgement,
    note: answer.note ?? null,
    version: answer.version,
  };
};

/** What a refused grid save means: a conflict names the cell (unit and area), not a question. */
function gridFailure(error: unknown, batch: readonly AnswerInput[]): SaveOutcome {
  const outcome = failedOutcome(error, batch);
  if (!CombinedGraphQLErrors.is(error)) return outcome;
  const extensions = refusalOf(error).extensions as Record<string, unknown>;
  const cellAt = () => {
    const index = /^cells\.(\d+)/.exec(String(extensions.field ?? ''))?.[1];
    return index === undefined ? null : (batch[Number(index)]?.code ?? null);
  };
  if (outcome.kind === 'conflict') {
    return {
      kind: 'conflict',
      report: {
        code: cellCode({
          unitId: String(extensions.unitId),
          area: extensions.area as MonitoringCellInput['area'],
        }),
        version: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : 0,
        theirs: {
          option: typeof extensions.currentJudgement === 'string' ? extensions.currentJudgement : null,
          number: null,
          note: typeof extensions.currentNote === 'string' ? extensions.currentNote : null,
        },
      },
    };
  }
  return outcome.kind === 'rejected' ? { ...outcome, code: cellAt() } : outcome;
}

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
          return gridFailure(error, batch);
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
