#!/usr/bin/env node
/**
 * `npm run perf`: builds the app, serves it, and measures in headless Chromium:
 *  - time-to-reader: file chosen → reader painted with the Q&A index, for the demo call and a generated 3 MB call;
 *  - the same text as a plain static HTML page in the same browser, and the ratio;
 *  - view-mode switch and Q&A jump latency on the 3 MB call (input → next painted frame).
 * Prints a table; targets: ≤ 100 ms (≈100 KB), ≤ 800 ms (3 MB), ≤ 3× static HTML, switch and jump ≤ 100 ms.
 *
 * Time-to-reader runs from the file input's `change` event to the end of the frame that first shows the reader
 * (`duet:reader-painted`, set after that frame is painted); "all turns" is when the last slice of a long call is
 * painted (`duet:reader-complete`). The file is chosen once the start page has settled (no network for 500 ms),
 * as a person takes longer than that to pick a file; the "cold" row chooses it the moment the page has loaded.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveBuilt } from './serve-built.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RUNS = Number(process.env.PERF_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'duet-perf-'));

/** Our demo call's text, grown to at least `bytes` by repeating its Q&A with renumbered analysts (as bench/generate-call.ts). */
function grownCall(demo, bytes) {
  const lines = demo.trimEnd().split('\n');
  const qaStart = lines.findIndex((line) => /question comes from the line of/.test(line)) - 2;
  const closing = lines.length - 4;
  const out = lines.slice(0, qaStart);
  let size = Buffer.byteLength(out.join('\n'));
  for (let round = 1; size < bytes; round += 1) {
    for (const line of lines.slice(qaStart, closing)) {
      const text = line.replace(/line of ([A-Z][a-z]+) /, `line of $1 ${round} `);
      out.push(text);
      size += Buffer.byteLength(text) + 1;
    }
  }
  out.push(...lines.slice(closing));
  return `${out.join('\n')}\n`;
}

/** Our demo call, a ≈100 KB call and a ≈3 MB call grown from it. */
function files() {
  const demo = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');
  const calls = [
    { name: 'lumen-harbor-demo.txt', kind: 'demo call', text: demo, cold: true },
    { name: 'lumen-harbor-100kb.txt', kind: 'generated call', text: grownCall(demo, 100 * 1024) },
    { name: 'lumen-harbor-3mb.txt', kind: 'generated call', text: grownCall(demo, 3 * 1024 * 1024), big: true },
  ];
  return calls.map(({ name, kind, text, big = false, cold = false }) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const bytes = Buffer.byteLength(text);
    const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
    return { label: `${kind} (${size})`, path, text, big, cold };
  });
}

/** The same paragraphs as a static page: a heading per speaker, then English and Chinese paragraphs. */
function staticHtml(text) {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const body = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === lines[index + 1]) {
      body.push(`<h3>${escape(line)}</h3>`);
      index += 1;
    } else body.push(`<p lang="${/[\u4e00-\u9fff]/.test(line) ? 'zh-Hant' : 'en'}">${escape(line)}</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:16px/1.6 system-ui,"Noto Sans CJK TC",sans-serif;max-width:70rem;margin:auto}</style></head><body>${body.join('')}</body></html>`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeToReader(browser, url, path, { cold = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  if (!cold) await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    document.addEventListener('change', () => (window.__chosenAt = performance.now()), { capture: true, once: true });
  });
  const input = page.locator('input[type="file"]').first();
  await input.setInputFiles(path);
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0, null, { timeout: 60_000 });
  await page.locator('nav[aria-label="Q&A index"] a').first().waitFor({ state: 'visible' });
  const elapsed = await page.evaluate(() => performance.getEntriesByName('duet:reader-painted')[0].startTime - window.__chosenAt);
  await page.waitForFunction(() => performance.getEntriesByName('duet:reader-complete').length > 0, null, { timeout: 60_000 });
  const complete = await page.evaluate(() => performance.getEntriesByName('duet:reader-complete')[0].startTime - window.__chosenAt);
  return { elapsed, complete, page, context };
}

async function staticTime(browser, html) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const path = join(dir, 'static.html');
  writeFileSync(path, html);
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`file://${path}`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

/** Input → next painted frame, measured inside the page. */
async function interaction(page, act) {
  return page.evaluate(async (action) => {
    const started = performance.now();
    if (action.kind === 'view') {
      const radio = document.querySelector(`input[name="reader-view"][value="${action.value}"]`);
      if (!radio) throw new Error(`no view option ${action.value}`);
      radio.click();
    } else {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, act);
}

const { url, stop } = await serveBuilt({ outDir: 'node_modules/.cache/duet-perf-dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
const rows = [];
try {
  for (const file of files()) {
    const times = [];
    const completes = [];
    let last = null;
    for (let run = 0; run < RUNS; run += 1) {
      if (last) await last.context.close();
      last = await timeToReader(browser, url, file.path);
      times.push(last.elapsed);
      completes.push(last.complete);
    }
    const statics = [];
    for (let run = 0; run < RUNS; run += 1) statics.push(await staticTime(browser, staticHtml(file.text)));
    const reader = median(times);
    const plain = median(statics);
    rows.push([`time-to-reader, ${file.label}`, `${reader.toFixed(0)} ms (all turns ${median(completes).toFixed(0)} ms)`]);
    if (file.cold) {
      const colds = [];
      for (let run = 0; run < RUNS; run += 1) {
        const { elapsed, context } = await timeToReader(browser, url, file.path, { cold: true });
        colds.push(elapsed);
        await context.close();
      }
      rows.push([`  cold: chosen as the page loads, ${file.label}`, `${median(colds).toFixed(0)} ms`]);
    }
    rows.push([`static HTML, ${file.label}`, `${plain.toFixed(0)} ms (reader ${(reader / plain).toFixed(2)}×)`]);
    if (file.big) {
      const switches = [];
      const jumps = [];
      for (let run = 0; run < RUNS; run += 1) {
        switches.push(await interaction(last.page, { kind: 'view', value: run % 2 === 0 ? 'interleaved' : 'side' }));
        jumps.push(await interaction(last.page, { kind: 'key', key: 'j' }));
      }
      rows.push([`view switch, ${file.label}`, `${median(switches).toFixed(0)} ms`]);
      rows.push([`Q&A jump (j), ${file.label}`, `${median(jumps).toFixed(0)} ms`]);
    }
    await last.context.close();
  }
} finally {
  await browser.close();
  stop();
}
const version = (await import('node:child_process'))
  .execSync(`${process.env.CHROME_PATH ?? '/usr/bin/chromium'} --version`)
  .toString()
  .trim();
console.log(`Duet perf (median of ${RUNS}; ${version}; ${(await import('node:os')).cpus().length} cores)`);
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
// Library search with 500 generated calls (its own script; same build): scripts/perf-library.ts.
(await import('node:child_process')).execFileSync('npx', ['tsx', 'scripts/perf-library.ts'], { stdio: 'inherit' });
