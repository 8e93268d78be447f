import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const DOCS = 'docs/screenshots';

/**
 * Whether the specs' screenshots are written: only when someone will look at them (SHOTS=1), or with
 * UPDATE_SCREENSHOTS=1 (docs/screenshots too). No test asserts on them, and a plain run (CI) has no use for them.
 */
export function screenshotsWanted(): boolean {
  return process.env.SHOTS === '1' || process.env.UPDATE_SCREENSHOTS === '1';
}

/**
 * A screenshot into `folder` (to look at) when SHOTS=1; with UPDATE_SCREENSHOTS=1 also into docs/screenshots as
 * `docsName`. Otherwise nothing (see screenshotsWanted).
 */
export async function shot(page: Page, folder: string, name: string, docsName?: string) {
  if (!screenshotsWanted()) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
  if (docsName && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, `${docsName}.png`) });
  }
}

/** Waits until the reader has painted the call (the reader sets the performance mark `duet:reader-painted`). */
export async function readerPainted(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0);
}

/** The top of an element relative to the bottom of the sticky reading bar (NaN while it is not rendered). */
export async function offsetBelowBar(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const bar = document.querySelector('[data-reader-bar]');
    if (!element || !bar) return Number.NaN;
    return element.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
  }, selector);
}

/** Waits until an element has come to rest just below the reading bar, where a jump puts it. */
export async function expectPinned(page: Page, selector: string) {
  await expect.poll(() => offsetBelowBar(page, selector)).toBeGreaterThanOrEqual(0);
  await expect.poll(() => offsetBelowBar(page, selector)).toBeLessThan(40);
}

/** The Q&A index of the reader. */
export function qaIndex(page: Page) {
  return page.getByRole('navigation', { name: 'Q&A index' });
}

/** Opens a transcript through the start page's file input and waits for the reader. */
export async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
}

/** Scrolls the page with the mouse wheel, as a reader does, a step per painted frame, until `done` holds. */
export async function wheelUntil(page: Page, done: () => Promise<boolean>, step = 600, steps = 200) {
  await page.mouse.move(800, 420);
  for (let count = 0; count < steps; count += 1) {
    if (await done()) return;
    await page.mouse.wheel(0, step);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  expect(await done(), `still not there after ${steps} turns of the wheel`).toBe(true);
}

/** The reading position the library stored for a call (IndexedDB `duet-library`, record `position:<id>`), or null. */
export async function storedPosition(page: Page, id: string): Promise<{ turn: number; question: number | null } | null> {
  return page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const open = indexedDB.open('duet-library');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('calls')) return resolve(null);
          const request = database.transaction('calls').objectStore('calls').get(key);
          request.onsuccess = () => resolve((request.result as { turn: number; question: number | null } | undefined) ?? null);
          request.onerror = () => resolve(null);
          database.close();
        };
      }),
    `position:${id}`,
  );
}
