import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeWindow {
  axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
}

/**
 * Runs axe-core on the page as it stands and lists its serious and critical violations, one line
 * each with the elements concerned. `exclude` leaves out parts the site does not own.
 */
export async function seriousViolations(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate(
    (excluded) =>
      (window as unknown as AxeWindow).axe.run(
        { include: [['html']], exclude: excluded.map((selector) => [selector]) },
        { resultTypes: ['violations'] },
      ),
    [...exclude],
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
}
