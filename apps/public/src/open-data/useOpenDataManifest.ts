import { useCallback, useEffect, useState } from 'react';
import { MANIFEST_URL, type OpenDataManifest, parseManifest } from './manifest';

type ManifestState =
  | { status: 'loading' }
  | { status: 'ready'; manifest: OpenDataManifest }
  | { status: 'failed'; message: string };

/** The open data manifest, fetched once per visit of the page; `retry` fetches it again. */
export function useOpenDataManifest(): ManifestState & { retry: () => void } {
  const [state, setState] = useState<ManifestState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    // A retry skips the browser's cache: the copy it holds may be what failed.
    const cache = attempt > 0 ? 'reload' : 'default';
    fetch(MANIFEST_URL, { signal: controller.signal, cache, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${MANIFEST_URL}: HTTP ${response.status}`);
        setState({ status: 'ready', manifest: parseManifest(await response.json()) });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
