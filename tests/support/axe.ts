/// <reference lib="dom" />
import type { AxeResults, ImpactValue } from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol: the panel's Content-Security-Policy (rightly) refuses
// an injected script tag.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * The serious and critical violations axe-core finds on the page as it stands, one line each;
 * within the elements `selector` picks (e.g. `#main-content`), or the whole page.
 */
export async function blockingViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((context) => {
    const { axe } = window as unknown as { axe: { run(context?: string): Promise<AxeResults> } };
    return context === undefined ? axe.run() : axe.run(context);
  }, selector);
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ')})`,
    );
}
