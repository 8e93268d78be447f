import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readerPainted } from './page-helpers.ts';

/**
 * Offline and installable (issue 12): the service worker precaches the app, so that a deep link to a stored call
 * opens with the network off; a new build is offered with a notice, never forced.
 */
const DIST = process.env.DUET_DIST ?? 'dist';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page (first visit: it installs, then a reload puts it in charge). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

test('with the network off, a deep link to a stored call and the demo open from the service worker', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href'));
  expect(manifest).toBe('/manifest.webmanifest');
  await page.locator('input[type=file]').setInputFiles({
    name: 'fernhollow.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8').replaceAll('Quillfeather Robotics', 'Fernhollow Metals'),
    ),
  });
  await expect(page).toHaveURL(/\/read\/[0-9a-f]{16}/);
  await readerPainted(page);
  const id = /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? '';

  await context.setOffline(true);
  await page.goto(`/read/${id}/t/4?view=interleaved`);
  await readerPainted(page);
  await expect(page.locator('#turn-4, [data-turn="4"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('Fernhollow Metals');
  // A route chunk never loaded online (All notes) and the demo (its text precached) open too.
  await page.goto('/notes');
  await expect(page.getByRole('heading', { level: 1, name: 'All notes' })).toBeVisible();
  await page.goto('/read/demo/q/2');
  await readerPainted(page);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('Lumen Harbor');
  await context.setOffline(false);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A static server of a copy of the build (index.html for every other path, as a host of a single-page app does). */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || path.endsWith('/')) file = join(root, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

test('a new build is offered with a notice (Reload), and the page is not reloaded until the reader says so', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'duet-sw-'));
  cpSync(DIST, root, { recursive: true });
  const { server, origin } = await serve(root);
  try {
    await page.goto(`${origin}/read/demo/t/3`);
    await readerPainted(page);
    await controlled(page);
    // The notice sits in a status region (read out when it appears).
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Duet is ready.' });
    await expect(prompt).toHaveCount(0);

    // A new build is deployed: its service worker differs by a byte.
    appendFileSync(join(root, 'sw.js'), '\n// next build\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('A new version of Duet is ready.');
    // Nothing was forced: the same page, at the same place, still under the old worker.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/read/demo/t/3');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined);
    await readerPainted(page);
    await expect(prompt).toHaveCount(0);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
