import { useEffect } from 'react';
import { type AutosaveState, hasUnsaved, type SavedAnswer, unsavedEdits } from './autosave';
import type { Autosave } from './autosave-controller';
import { browserStorage, writeUnsaved } from './unsaved-store';

/**
 * An autosave bound to the page it lives in: it takes the server's answers as they are loaded, keeps
 * unsaved edits in the browser under `storageKey`, retries when the browser is back online, warns
 * before the page is left with edits unsaved, and stops when the page goes.
 */
export function useAutosaveInPage(
  autosave: Autosave,
  state: AutosaveState,
  saved: readonly SavedAnswer[],
  storageKey: string,
): void {
  const unsaved = hasUnsaved(state);
  useEffect(() => autosave.receiveAnswers(saved), [autosave, saved]);
  useEffect(() => writeUnsaved(browserStorage(), storageKey, unsavedEdits(state)), [storageKey, state]);
  useEffect(() => () => autosave.stop(), [autosave]);
  useEffect(() => {
    const retry = () => autosave.retryNow();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [autosave]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
