/**
 * Waits until a call just opened has finished its background work: the translation checks (in their worker for a
 * long call) and the library search's indexing (builds that have it), then two idle periods of the page.
 * Interactions (view switch, Q&A jump) are measured after this, in `npm run perf` and `npm run perf:ab`: measured
 * before, they time whichever worker still holds the second of two cores, not the interaction, and two builds whose
 * background work ends at different moments are not compared alike.
 */
import type { Page } from 'playwright-core';

const entry = (page: Page, name: string, timeout: number) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout })
    .then(() => true)
    .catch(() => false);

export async function pageSettled(page: Page): Promise<void> {
  await entry(page, 'duet:translation-checks', 30_000);
  await entry(page, 'duet:library-indexed', 10_000);
  for (let round = 0; round < 2; round += 1) {
    await page.waitForFunction(() => new Promise((resolve) => requestIdleCallback(() => resolve(true), { timeout: 5000 })));
  }
}
