/**
 * Runs `refresh` one at a time, and once more after a run if it was asked for meanwhile: a read
 * already on its way may have left before the latest upload was saved (and a client may answer a
 * second identical read with the first one's result).
 */
export function serialRefresh(refresh: () => unknown): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void Promise.resolve()
      .then(refresh)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}
