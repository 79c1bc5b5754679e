/** An axe-core scan of the page as it stands. */
import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  readonly axe?: { run: (context: Document) => Promise<AxeResults> };
}

/** A violation, short enough to read in a failed expectation. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

function summary(violation: Result): AxeViolation {
  return {
    id: violation.id,
    impact: violation.impact ?? null,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  };
}

/**
 * The page's CSP forbids inline scripts, so axe cannot be added as a script tag: its source is
 * evaluated through the DevTools protocol instead, which the CSP does not govern (tests only;
 * the page itself keeps its strict policy).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => (window as AxeWindow).axe !== undefined);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const { axe } = window as AxeWindow;
    if (!axe) throw new Error('axe-core did not load');
    const { violations } = await axe.run(document);
    return violations;
  });
  return results.map(summary);
}
