/**
 * `npm run perf:ab -- <build> <build> …`: two or more builds (each a `vite build --outDir <dir>`), served side by side
 * and measured in turn in headless Chromium, round after round, so that whatever else the machine runs weighs on all of
 * them alike. For each build, the median of PERF_RUNS rounds (5 by default) of:
 *  - time-to-reader (file chosen → `duet:reader-painted`), demo call and the generated 3 MB call, in ms of the clock;
 *  - the same opening in CPU time of the page's main thread (thread time, from a trace): what the page itself spent,
 *    which a busy machine inflates far less than the clock;
 *  - a view switch (side by side ↔ interleaved) on the 3 MB call: input → next painted frame (clock), and CPU time;
 *  - a Q&A jump (`j`) on the 3 MB call: input → next painted frame (clock).
 * The interactions start once the call's background work is over (scripts/page-settled.ts).
 * The service worker is blocked: a first visit's install would weigh on whichever build came first.
 * Used for "no worse than before" questions (README, Figures); `npm run perf` gives the absolute figures of one build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateLargeCall } from '../bench/generate-call.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { pageSettled } from './page-settled.ts';
import { serveBuilt } from './serve-built.mjs';

const builds = process.argv.slice(2);
if (builds.length < 2) {
  console.error('perf:ab needs two or more build directories: npm run perf:ab -- dist-before dist-after');
  process.exit(2);
}
const RUNS = Number(process.env.PERF_RUNS ?? 5);
const demo = 'public/demo/lumen-harbor-q3-2026.txt';
const big = join(tmpdir(), 'duet-perf-ab-3mb.txt');
writeFileSync(big, generateLargeCall(3 * 1024 * 1024));
const tracePath = join(tmpdir(), 'duet-perf-ab-trace.json');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU time (thread time) of the renderer's main thread in the trace just written, in ms. */
function mainThreadCpu(): number {
  const events = (JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let total = 0;
  for (const event of events) {
    if (event.pid !== main?.pid || event.tid !== main.tid || event.ph !== 'X' || !event.tdur) continue;
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') total += event.tdur / 1000;
  }
  return total;
}

/** Input → the next painted frame, measured in the page. */
function interaction(page: Page, action: { kind: 'view'; value: string } | { kind: 'key'; key: string }): Promise<number> {
  return page.evaluate(async (act) => {
    const started = performance.now();
    if (act.kind === 'view') document.querySelector<HTMLInputElement>(`input[name="reader-view"][value="${act.value}"]`)?.click();
    else document.body.dispatchEvent(new KeyboardEvent('keydown', { key: act.key, bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, action);
}

const servers = await Promise.all(builds.map((outDir) => serveBuilt({ build: false, outDir })));
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS] });
const results = new Map<string, Map<string, number[]>>();
const put = (build: string, measure: string, value: number) => {
  const byMeasure = results.get(build) ?? new Map<string, number[]>();
  results.set(build, byMeasure);
  byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), value]);
};

for (let round = 0; round < RUNS; round += 1) {
  for (const [index, build] of builds.entries()) {
    const url = servers[index]?.url ?? '';
    for (const [label, file] of [
      ['demo', demo],
      ['3 MB', big],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() =>
        document.addEventListener('change', () => ((window as unknown as { chosenAt: number }).chosenAt = performance.now()), {
          capture: true,
          once: true,
        }),
      );
      await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
      await page.locator('input[type=file]').first().setInputFiles(file);
      await page.waitForFunction(() => performance.getEntriesByName('duet:reader-painted').length > 0, null, { timeout: 120_000 });
      await browser.stopTracing();
      put(
        build,
        `open ${label} (clock)`,
        await page.evaluate(
          () =>
            (performance.getEntriesByName('duet:reader-painted')[0]?.startTime ?? 0) - (window as unknown as { chosenAt: number }).chosenAt,
        ),
      );
      put(build, `open ${label} (CPU)`, mainThreadCpu());
      if (label === '3 MB') {
        await pageSettled(page);
        await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
        for (let step = 0; step < 4; step += 1) {
          put(build, 'view switch (clock)', await interaction(page, { kind: 'view', value: step % 2 === 0 ? 'interleaved' : 'side' }));
        }
        await browser.stopTracing();
        put(build, 'view switch (CPU)', mainThreadCpu() / 4);
        for (let step = 0; step < 2; step += 1) put(build, 'Q&A jump (clock)', await interaction(page, { kind: 'key', key: 'j' }));
      }
      await context.close();
    }
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const measures = [...(results.get(builds[0] ?? '')?.keys() ?? [])];
console.log(`median of ${RUNS} rounds, ms (${new Date().toISOString()})`);
console.log(['measure'.padEnd(22), ...builds.map((build) => build.padStart(16))].join(''));
for (const measure of measures) {
  console.log(
    [
      measure.padEnd(22),
      ...builds.map((build) =>
        median(results.get(build)?.get(measure) ?? [])
          .toFixed(0)
          .padStart(16),
      ),
    ].join(''),
  );
}
await browser.close();
for (const server of servers) server.stop();
