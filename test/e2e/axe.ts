import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe finds nothing on the page, or within `include` (CSS selectors: a component and its surroundings), every rule on.
 *
 * Fast on purpose (one scan took 12–20 s at a load of 8, now about 40% of that) without checking less:
 * - `axe.run` in the page itself (AxeBuilder's legacy mode) when the page has no frames (Duet has none). The default
 *   path runs `axe.runPartial`, sends every node's result for every rule through Node into a blank page it opens for
 *   `axe.finishRun`: most of the time went there, not into the checks. With a frame, the default path scans it too.
 * - results for violations only (`resultTypes`): passes and the like are cut to one node each, violations are whole.
 */
export async function expectNoAxeViolations(page: Page, options: { include?: readonly string[] } = {}) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (page.frames().length === 1) builder = builder.setLegacyMode(true);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  expect(
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}
