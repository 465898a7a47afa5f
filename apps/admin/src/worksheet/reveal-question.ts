/**
 * Opens the closed areas around a question before the browser follows a link to it: not every
 * browser opens a `<details>` for the fragment it scrolls to.
 */
export function revealQuestion(code: string): void {
  let node = document.getElementById(`q-${code}`)?.parentElement ?? null;
  while (node) {
    if (node instanceof HTMLDetailsElement) node.open = true;
    node = node.parentElement;
  }
}
