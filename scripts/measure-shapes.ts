/**
 * Opens generated calls of several shapes in the built app and prints, per shape: time to the reader's first paint,
 * time until every part is painted, the longest main-thread task, the number of DOM elements and the JS heap.
 * Used by `npm run perf`; can run alone: `tsx scripts/measure-shapes.ts [bytes]` against a build in DUET_DIST.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateLargeCall, type CallShape } from '../bench/generate-call.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export interface ShapeFigures {
  shape: CallShape;
  bytes: number;
  painted: number;
  complete: number | null;
  longestTask: number;
  elements: number;
  heapMB: number;
}

export async function measureShape(browser: Browser, url: string, shape: CallShape, bytes: number): Promise<ShapeFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'duet-shape-'));
  const path = join(dir, `${shape}.txt`);
  const text = generateLargeCall(bytes, shape);
  writeFileSync(path, text);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const state = window as unknown as { __longest: number; __chosenAt: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= state.__chosenAt) state.__longest = Math.max(state.__longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('change', () => (state.__chosenAt = performance.now()), { capture: true, once: true });
  });
  await page.locator('input[type="file"]').first().setInputFiles(path);
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0, null, { timeout: 180_000 });
  const painted = await page.evaluate(
    () =>
      (performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? Number.NaN) -
      (window as unknown as { __chosenAt: number }).__chosenAt,
  );
  let complete: number | null = null;
  try {
    await page.waitForFunction(() => performance.getEntriesByName('duet:reader-complete').length > 0, null, { timeout: 60_000 });
    complete = await page.evaluate(
      () =>
        (performance.getEntriesByName('duet:reader-complete')[0]?.startTime ?? Number.NaN) -
        (window as unknown as { __chosenAt: number }).__chosenAt,
    );
  } catch {
    complete = null;
  }
  // Scroll through the call to its end and back, as a reader skimming it would, to count what stays in the page.
  await page.evaluate(async () => {
    for (const fraction of [0.25, 0.5, 0.75, 1, 0]) {
      window.scrollTo(0, document.documentElement.scrollHeight * fraction);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  });
  const figures = await page.evaluate(() => ({
    longestTask: (window as unknown as { __longest: number }).__longest,
    elements: document.getElementsByTagName('*').length,
    heapMB: ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1024 / 1024,
  }));
  await context.close();
  return { shape, bytes: Buffer.byteLength(text), painted, complete, ...figures };
}

const isMain = process.argv[1]?.endsWith('measure-shapes.ts');
if (isMain) {
  const { serveBuilt } = await import('./serve-built.mjs');
  const bytes = Number(process.argv[2] ?? 3 * 1024 * 1024);
  const { url, stop } = await serveBuilt({ build: process.env.NO_BUILD !== '1', outDir: process.env.DUET_DIST ?? 'dist-shapes' });
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
  try {
    for (const shape of ['normal', 'many-turns', 'one-turn'] as const) {
      const f = await measureShape(browser, url, shape, bytes);
      console.log(
        `${shape.padEnd(11)} ${(f.bytes / 1024 / 1024).toFixed(1)} MB: painted ${f.painted.toFixed(0)} ms, complete ${f.complete === null ? '> 60 s' : `${f.complete.toFixed(0)} ms`}, longest task ${f.longestTask.toFixed(0)} ms, ${f.elements} elements, heap ${f.heapMB.toFixed(0)} MB`,
      );
    }
  } finally {
    await browser.close();
    stop();
  }
}
