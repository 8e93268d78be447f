import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const DOCS = 'docs/screenshots';

/** A screenshot into `folder` (to look at); with UPDATE_SCREENSHOTS=1 also into docs/screenshots as `docsName`. */
export async function shot(page: Page, folder: string, name: string, docsName?: string) {
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
