/**
 * `npm run perf`: builds the app, serves it, and measures in headless Chromium (each figure the median of
 * PERF_RUNS runs, 5 by default):
 *  - time-to-reader: file chosen → the reader's first painted frame (`duet:reader-painted`, marked after that frame),
 *    for our demo call, a ≈100 KB and a ≈3 MB call from the one call generator (bench/generate-call.ts); "cold" chooses
 *    the file the moment the start page has loaded, the others once it has settled;
 *  - deep link: a fresh page opened at /read/<id>/q/2 of a stored call, navigation start → the first painted frame that
 *    shows the place's text (the first screen, `duet:first-screen-painted`, docs/decisions/012; for a call too big
 *    for it, the reader's), against a static HTML page of the same text served by the same server (navigation start →
 *    the frame after `load`); and navigation start → the reader's first painted frame (the app running);
 *  - view switch and Q&A jump on the 3 MB call (input → next painted frame), once the call's background work is over
 *    (translation checks, library indexing: scripts/page-settled.ts);
 *  - the shapes that once froze the page (100,000 tiny turns; one turn holding every pair): first paint, longest
 *    main-thread task while opening and scrolling, DOM elements, JS heap.
 * Targets (README, Figures): time-to-reader ≤ 800 ms for 3 MB, deep link ≤ 1.5× static, switch and jump ≤ 100 ms,
 * no task over 200 ms.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateLargeCall } from '../bench/generate-call.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { measureShape } from './measure-shapes.ts';
import { pageSettled } from './page-settled.ts';
import { serveBuilt } from './serve-built.mjs';

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const OUT_DIR = 'node_modules/.cache/duet-perf-dist';
const dir = mkdtempSync(join(tmpdir(), 'duet-perf-'));
const demoText = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');

interface PerfFile {
  label: string;
  slug: string;
  path: string;
  text: string;
  big: boolean;
  cold: boolean;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

function files(): PerfFile[] {
  const calls = [
    { slug: 'demo', kind: 'demo call', text: demoText, cold: true, big: false },
    { slug: '100kb', kind: 'generated call', text: generateLargeCall(100 * 1024), cold: false, big: false },
    { slug: '3mb', kind: 'generated call', text: generateLargeCall(3 * 1024 * 1024), cold: false, big: true },
  ];
  return calls.map(({ slug, kind, text, cold, big }) => {
    const path = join(dir, `lumen-harbor-${slug}.txt`);
    writeFileSync(path, text);
    return { label: `${kind} (${sizeLabel(Buffer.byteLength(text))})`, slug, path, text, big, cold };
  });
}

/** The same paragraphs as a static page: a heading per speaker, then English and Chinese paragraphs. */
function staticHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const body: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === lines[index + 1]) {
      body.push(`<h3>${escape(line)}</h3>`);
      index += 1;
    } else body.push(`<p lang="${/[\u4e00-\u9fff]/.test(line) ? 'zh-Hant' : 'en'}">${escape(line)}</p>`);
  }
  // The mark is set as the reader's is: after the frame that follows `load` has been painted.
  const mark = `<script>addEventListener('load',()=>requestAnimationFrame(()=>setTimeout(()=>performance.mark('static:painted'))))</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:16px/1.6 system-ui,"Noto Sans CJK TC",sans-serif;max-width:70rem;margin:auto}</style>${mark}</head><body>${body.join('')}</body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 120_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, name);
}

/** Chooses the file on the start page; resolves with the time to the reader's first paint and the open page. */
async function timeToReader(browser: Browser, url: string, path: string, { cold = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  if (!cold) await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const state = window as unknown as { __chosenAt: number };
    document.addEventListener('change', () => (state.__chosenAt = performance.now()), { capture: true, once: true });
  });
  await page.locator('input[type="file"]').first().setInputFiles(path);
  const painted = await markTime(page, 'duet:reader-painted');
  await page.locator('nav[aria-label="Q&A index"] a').first().waitFor({ state: 'visible' });
  const chosenAt = await page.evaluate(() => (window as unknown as { __chosenAt: number }).__chosenAt);
  return { elapsed: painted - chosenAt, page, context };
}

/**
 * A stored call opened from a fresh page at its deep link: navigation start → the first painted frame that shows
 * the place's text (the first screen's, else the reader's), and → the reader's first painted frame.
 */
async function deepLinkTimes(browser: Browser, url: string, file: PerfFile): Promise<{ text: number[]; reader: number[] }> {
  const { page, context } = await timeToReader(browser, url, file.path);
  const address = new URL(page.url());
  const deepLink = `${url}${address.pathname.split('/').slice(0, 3).join('/')}/q/2`;
  await page.close();
  const times = { text: [] as number[], reader: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    const fresh = await context.newPage();
    await fresh.goto(deepLink);
    const reader = await markTime(fresh, 'duet:reader-painted');
    const first = await fresh.evaluate(() => performance.getEntriesByName('duet:first-screen-painted')[0]?.startTime ?? null);
    times.reader.push(reader);
    times.text.push(first ?? reader);
    await fresh.close();
  }
  await context.close();
  return times;
}

/** The static page of the same text, served by the same server: navigation start → the frame after `load`. */
async function staticTimes(browser: Browser, url: string, file: PerfFile): Promise<number[]> {
  const name = `perf-static-${file.slug}.html`;
  writeFileSync(join(OUT_DIR, name), staticHtml(file.text));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const times: number[] = [];
  // One load to warm the HTTP cache and the fonts, as the app's own deep link is measured after it was loaded once.
  for (let run = 0; run <= RUNS; run += 1) {
    const page = await context.newPage();
    await page.goto(`${url}/${name}`);
    const time = await markTime(page, 'static:painted');
    if (run > 0) times.push(time);
    await page.close();
  }
  await context.close();
  return times;
}

/** Input → next painted frame, measured inside the page. */
async function interaction(page: Page, action: { kind: 'view'; value: string } | { kind: 'key'; key: string }): Promise<number> {
  return page.evaluate(async (act) => {
    const started = performance.now();
    if (act.kind === 'view') {
      const radio = document.querySelector<HTMLInputElement>(`input[name="reader-view"][value="${act.value}"]`);
      if (!radio) throw new Error(`no view option ${act.value}`);
      radio.click();
    } else {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: act.key, bubbles: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, action);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const executablePath = findChromium() ?? '/usr/bin/chromium';
const { url, stop } = await serveBuilt({ outDir: OUT_DIR });
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
const rows: Array<[string, string]> = [];
try {
  for (const file of files()) {
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof timeToReader>> | null = null;
    for (let run = 0; run < RUNS; run += 1) {
      if (last) await last.context.close();
      last = await timeToReader(browser, url, file.path);
      times.push(last.elapsed);
    }
    rows.push([`time-to-reader, ${file.label}`, ms(median(times))]);
    if (file.cold) {
      const colds: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const cold = await timeToReader(browser, url, file.path, { cold: true });
        colds.push(cold.elapsed);
        await cold.context.close();
      }
      rows.push([`  cold: chosen as the page loads`, ms(median(colds))]);
    }
    if (file.big && last) {
      await pageSettled(last.page);
      const switches: number[] = [];
      const jumps: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        switches.push(await interaction(last.page, { kind: 'view', value: run % 2 === 0 ? 'interleaved' : 'side' }));
        jumps.push(await interaction(last.page, { kind: 'key', key: 'j' }));
      }
      rows.push([`view switch, ${file.label}`, ms(median(switches))]);
      rows.push([`Q&A jump (j), ${file.label}`, ms(median(jumps))]);
    }
    if (last) await last.context.close();
    const deep = await deepLinkTimes(browser, url, file);
    const [text, reader] = [median(deep.text), median(deep.reader)];
    const plain = median(await staticTimes(browser, url, file));
    const source = text < reader ? 'first screen' : 'reader';
    rows.push([
      `deep link from a fresh page, ${file.label}`,
      `text painted ${ms(text)} (${source}; static HTML ${ms(plain)}: ${(text / plain).toFixed(2)}×), reader ${ms(reader)}`,
    ]);
  }
  for (const shape of ['normal', 'many-turns', 'one-turn'] as const) {
    const figures = await measureShape(browser, url, shape, 3 * 1024 * 1024);
    const complete = figures.complete === null ? 'not within 60 s' : ms(figures.complete);
    rows.push([
      `shape ${shape} (${sizeLabel(figures.bytes)})`,
      `painted ${ms(figures.painted)}, complete ${complete}, longest task ${ms(figures.longestTask)}, ${figures.elements} elements, heap ${figures.heapMB.toFixed(0)} MB`,
    ]);
  }
} finally {
  await browser.close();
  stop();
}
const version = execSync(`${executablePath} --version`).toString().trim();
console.log(`Duet perf (median of ${RUNS}; ${version}; ${cpus().length} cores)`);
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
// Library search with 500 generated calls (its own script, same build): scripts/perf-library.ts.
execFileSync('npx', ['tsx', 'scripts/perf-library.ts'], { stdio: 'inherit', env: { ...process.env, DUET_DIST: OUT_DIR } });
