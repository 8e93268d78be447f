/**
 * Part of `npm run perf` (scripts/perf.ts runs it after its own figures, on the same build): the library search with
 * 500 generated calls (~40 MB, bench/generate-call.ts) stored in the library, in headless Chromium:
 *  - library page ready: navigation → the count of every call and the list's first screen shown (rows down past the
 *    bottom of the window; target ≤ 300 ms). The page renders the rest of a long list a slice per frame after that
 *    (src/features/library/hooks/use-revealed-rows.ts), so the time until every call's row is in the page is printed too;
 *  - index built from the stored texts on the first visit (in the worker; the page stays usable meanwhile);
 *  - each keystroke's results: input event → results for that query painted, p50/p95 (target ≤ 50 ms p95);
 *  - importing one more call: the worker's time to parse, index and store it (target ≤ 200 ms, off the main thread),
 *    and the main thread's longest task meanwhile;
 *  - the memory the index holds (what it keeps, counted; and the worker's JS heap where the browser reports it).
 * `DUET_DIST` names the build to serve (default dist); `LIBRARY_CALLS` the number of calls (default 500).
 */
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { generateLibraryCall } from '../bench/generate-call.ts';
import { readTranscript } from '../src/core/read-transcript.ts';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { serveBuilt } from './serve-built.mjs';

const CALLS = Number(process.env.LIBRARY_CALLS ?? 500);
const TYPED = ['crypto', '加密貨幣', '"net expansion rate"', 'gross margin', '營收', 'tariffs', 'stablecoin'];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The library's records for a generated call, as Duet stores them (docs/decisions/002). */
function records(n: number) {
  const text = generateLibraryCall(n);
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = sha256.slice(0, 16);
  const transcript = readTranscript(bytes);
  const summary = {
    format: 1,
    id,
    textId: id,
    sha256,
    source: 'file',
    name: `generated-${n}.txt`,
    company: transcript.meta.company,
    period: transcript.meta.period,
    title: transcript.meta.title,
    encoding: 'utf-8',
    size: bytes.length,
    questions: transcript.questions.length,
    turns: transcript.turns.length,
    notices: transcript.diagnostics.length,
    addedAt: 1_700_000_000_000 + n,
    openedAt: 1_700_000_000_000 + n,
  };
  return { id, text, summary, bytes: bytes.length };
}

const served = await serveBuilt({ build: false, outDir: process.env.DUET_DIST ?? 'dist' });
const url = served.url.endsWith('/') ? served.url : `${served.url}/`;
const stop = served.stop;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
const rows: Array<[string, string]> = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with a helper the page does not have: give it one.
  await page.addInitScript('globalThis.__name = (value) => value;');
  await page.goto(url);
  await page.locator('.lib-row').first().waitFor();

  // Fill the library (the database the app just created) with the generated calls, a batch per evaluate.
  let totalBytes = 0;
  for (let start = 0; start < CALLS; start += 25) {
    const batch = Array.from({ length: Math.min(25, CALLS - start) }, (_, k) => records(start + k));
    totalBytes += batch.reduce((sum, call) => sum + call.bytes, 0);
    await page.evaluate(
      (calls) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('duet-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const transaction = db.transaction('calls', 'readwrite');
            const store = transaction.objectStore('calls');
            for (const call of calls) {
              store.put(call.text, `text:${call.id}`);
              store.put(call.summary, `summary:${call.id}`);
            }
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      batch.map(({ id, text, summary }) => ({ id, text, summary })),
    );
  }

  const step = (text: string) => process.stderr.write(`perf-library: ${text}\n`);
  step(`stored ${CALLS} calls`);
  // The library page ready (the index is built in the worker meanwhile, on this first visit): the count says every
  // call and the rows fill the window (or every call is listed); then, on later visits, every call's row in the page
  // (not on the first: the index build it starts must be timed from the search page, whose marks count every call).
  const readyTimes: number[] = [];
  const everyRowTimes: number[] = [];
  const visitLibrary = async (everyRow: boolean) => {
    await page.goto(url);
    await page.waitForFunction(
      (count) => {
        const rows = document.querySelectorAll('.lib-row');
        const last = rows[rows.length - 1];
        const counted = Number(document.querySelector('.lib-count')?.textContent?.replace(/\D/g, '') ?? 0) >= count;
        return counted && (rows.length >= count || (last !== undefined && last.getBoundingClientRect().bottom >= innerHeight));
      },
      CALLS,
      { polling: 'raf' },
    );
    readyTimes.push(await page.evaluate(() => performance.now()));
    if (!everyRow) return;
    await page.waitForFunction((count) => document.querySelectorAll('.lib-row').length >= count, CALLS, { polling: 'raf' });
    everyRowTimes.push(await page.evaluate(() => performance.now()));
  };
  const started = Date.now();
  await visitLibrary(false);
  step('library listed; indexing');
  await page.goto(`${url}search`);
  try {
    await page.waitForFunction(
      // The library page just visited may have indexed a first few calls already (the index follows the library on
      // every page once it is idle): those are not marked here, so "done" is the progress gone after some marks.
      (count) => {
        const marked = performance.getEntriesByName('duet:library-indexed').length;
        return marked >= count || (marked > 0 && !document.querySelector('.ls-progress'));
      },
      CALLS,
      { polling: 500, timeout: 300_000 },
    );
  } catch (error) {
    const state = await page.evaluate(() => ({
      indexed: performance.getEntriesByName('duet:library-indexed').length,
      progress: document.querySelector('.ls-progress')?.textContent ?? null,
    }));
    throw new Error(`library index not complete after 300 s: ${JSON.stringify(state)}`, { cause: error });
  }
  const buildSeconds = (Date.now() - started) / 1000;
  const perCall = await page.evaluate(() =>
    performance.getEntriesByName('duet:library-indexed').map((entry) => (entry as PerformanceMark).detail as { ms: number }),
  );
  // Later visits: the index is read back from its own IndexedDB database.
  for (let run = 0; run < 3; run += 1) await visitLibrary(true);
  const reloadStart = Date.now();
  await page.goto(`${url}search?q=crypto`);
  await page.waitForFunction(() => document.querySelector('[data-results-for="crypto"]') && !document.querySelector('.ls-progress'), null, {
    polling: 100,
    timeout: 120_000,
  });
  const reloadSeconds = (Date.now() - reloadStart) / 1000;

  step('index read back; typing');
  // Keystrokes: each prefix typed into the box, from the input event to the frame that shows its results.
  await page.goto(`${url}search`);
  await page.locator('.ls-results[data-results-for=""]').waitFor();
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const text of TYPED) {
      const measured = await page.evaluate(async (typed) => {
        const input = document.querySelector<HTMLInputElement>('.ls-input');
        if (!input) throw new Error('no search box');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const out: number[] = [];
        for (const prefix of [...Array.from(typed, (_, k) => typed.slice(0, k + 1)), '']) {
          const start = performance.now();
          setter?.call(input, prefix);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const wanted = prefix.trim();
          // Checked at each frame: once a frame starts with the results in the page, it is the one that shows them,
          // and the time is taken when it has been painted (the task after its frame callbacks), as the reader's view
          // switch and jump are timed in `npm run perf`. (Until 2026-12-02 this waited for the frame after that one,
          // which added up to a frame to every keystroke.)
          await new Promise<void>((resolve) => {
            const check = () => {
              const node = document.querySelector('.ls-results');
              if (node?.getAttribute('data-results-for') === wanted) setTimeout(resolve, 0);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
          if (prefix !== '') out.push(performance.now() - start);
        }
        return out;
      }, text);
      times.push(...measured);
    }
  }

  step('importing one more call');
  // One more call imported through the file input: the worker's time on it, and the main thread's longest task.
  await page.goto(url);
  await page.locator('.lib-row').first().waitFor();
  await page.evaluate(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const state = window as unknown as { longest: number };
        state.longest = Math.max(state.longest, entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  const extra = records(CALLS);
  await page.locator('input[type=file]').setInputFiles({ name: 'one-more.txt', mimeType: 'text/plain', buffer: Buffer.from(extra.text) });
  await page.waitForURL(/\/read\/[0-9a-f]{16}/);
  // The app names an imported call by the hash of its normalized text (not of the file's bytes): take the id it chose.
  const importedId = /\/read\/([0-9a-f]{16})/.exec(page.url())?.[1] ?? extra.id;
  const seen = await page
    .waitForFunction(
      (id) =>
        performance
          .getEntriesByName('duet:library-indexed')
          .some((entry) => ((entry as PerformanceMark).detail as { id: string }).id === id),
      importedId,
      { polling: 100, timeout: 60_000 },
    )
    .then(
      () => true,
      () => false,
    );
  const added = !seen
    ? null
    : await page.evaluate((id) => {
        const entry = performance
          .getEntriesByName('duet:library-indexed')
          .find((mark) => ((mark as PerformanceMark).detail as { id: string }).id === id);
        return {
          ...((entry as PerformanceMark).detail as { ms: number; indexMs: number }),
          longest: (window as unknown as { longest: number }).longest,
        };
      }, importedId);

  // What the index holds.
  const worker = page.workers().find((candidate) => candidate.url().includes('library-index'));
  const stats = (await worker?.evaluate(() => (globalThis as { duetLibraryIndexStats?: () => unknown }).duetLibraryIndexStats?.())) as
    { calls: number; pairs: number; tokens: number; postings: number; foldedChars: number; textChars: number } | undefined;

  rows.push([`library search: ${CALLS} generated calls`, `${(totalBytes / 1e6).toFixed(1)} MB of text`]);
  rows.push(['  library page ready (count and first screen), first visit', `${readyTimes[0]?.toFixed(0)} ms`]);
  rows.push(['  library page ready, later visits (median)', `${quantile(readyTimes.slice(1), 0.5).toFixed(0)} ms`]);
  rows.push(["  library page: every call's row in the page, later visits (median)", `${quantile(everyRowTimes, 0.5).toFixed(0)} ms`]);
  rows.push([
    '  index built from the stored texts (worker)',
    `${buildSeconds.toFixed(1)} s, ${quantile(
      perCall.map((c) => c.ms),
      0.5,
    ).toFixed(0)} ms a call (median of the ${perCall.length} timed on the search page)`,
  ]);
  rows.push(['  index read back on a later visit', `${reloadSeconds.toFixed(1)} s until the first results`]);
  rows.push([
    `  keystroke → results painted (${times.length} keystrokes)`,
    `p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms`,
  ]);
  rows.push([
    '  import one more call: indexing in the worker',
    added
      ? `${added.ms.toFixed(0)} ms (index ${added.indexMs.toFixed(0)} ms); main thread's longest task ${added.longest.toFixed(0)} ms`
      : `not seen within 60 s; per call while building: p95 ${quantile(
          perCall.map((c) => c.ms),
          0.95,
        ).toFixed(0)} ms`,
  ]);
  if (stats) {
    // Strings of text as UTF-16 (2 bytes a character), postings at 4 bytes: a floor for what the index holds.
    const bytes = (stats.foldedChars + stats.textChars) * 2 + stats.postings * 4;
    rows.push([
      '  index memory (counted)',
      `${(bytes / 2 ** 20).toFixed(0)} MB: ${stats.pairs} pairs, ${stats.tokens} tokens, ${stats.postings} postings, ${((stats.foldedChars + stats.textChars) / 1e6).toFixed(1)} M characters`,
    ]);
  }
  await context.close();
} finally {
  await browser.close();
  stop();
}
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
