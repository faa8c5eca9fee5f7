/**
 * Runs axe-core in the page (shadow roots included) with every rule, WCAG and best practice, and
 * returns its violations, briefly described.
 *
 * One exemption, narrowly scoped: `landmark-unique` inside the shadow roots of the gk-* elements (hosts
 * `gk-*`, `#editor` or `#report`). There
 * each table section (`<section aria-labelledby>`) and its table's scroll region carry the same name,
 * a best-practice finding that the components' own tests (WCAG tags only) do not run; it belongs to
 * `@gongkai/components`, not to this page. The same rule still applies to everything the demo renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    // A node in a shadow root is targeted as [[host selector, selector inside]].
    const insideComponent = (target: unknown) => {
      const path = Array.isArray(target) ? target[0] : undefined;
      return Array.isArray(path) && path.length > 1 && /^(#editor|#report|gk-[a-z-]+)/.test(String(path[0]));
    };
    return results.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes
          .filter((n) => !(v.id === 'landmark-unique' && insideComponent(n.target)))
          .map((n) => JSON.stringify(n.target)),
      }))
      .filter((v) => v.targets.length > 0);
  });
}

interface AxeResults {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown }[] }[];
}
