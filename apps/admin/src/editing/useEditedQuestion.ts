import { useCallback, useSyncExternalStore } from 'react';
import type { QuestionEditor } from '../worksheet/WorksheetContext';

/**
 * Renders a question again when one of its own answers changes (a value, a note, a conflict, a
 * refusal), not on every edit of the layer.
 */
export function useEditedQuestion(editor: QuestionEditor, codes: readonly string[]): void {
  const snapshot = useCallback(
    () =>
      JSON.stringify(
        codes.map((code) => [
          editor.answerOf(code),
          editor.conflictOf(code) ?? null,
          editor.rejectionOf(code) ?? null,
        ]),
      ),
    [editor, codes],
  );
  useSyncExternalStore(editor.subscribe, snapshot, snapshot);
}
