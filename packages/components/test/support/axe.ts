import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe (WCAG 2.0–2.2 A and AA) on an element, shadow roots included; fails listing every violation. */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const violations = result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  expect(violations).toEqual([]);
}
