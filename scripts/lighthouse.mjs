#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12.8.2 (fetched by npx on first use; not part of CI) on the reader with
 * the demo call, in Debian's headless Chromium. Prints the category scores against the targets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveBuilt } from './serve-built.mjs';

const CHROME = findChromium() ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

const { url, stop } = await serveBuilt({ outDir: 'node_modules/.cache/duet-lighthouse-dist' });
const out = join(mkdtempSync(join(tmpdir(), 'duet-lh-')), 'report.json');
const pages = [`${url}/`, `${url}/read/demo`];
let failed = false;
try {
  for (const page of pages) {
    const result = spawnSync(
      'npx',
      [
        '-y',
        'lighthouse@12.8.2',
        page,
        `--chrome-flags=${FLAGS}`,
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROME } },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${result.status}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    console.log(`Lighthouse ${report.lighthouseVersion} — ${page.replace(url, '') || '/'}`);
    for (const [id, target] of Object.entries(TARGETS)) {
      const score = report.categories[id]?.score ?? 0;
      if (score < target) failed = true;
      console.log(`  ${id.padEnd(15)} ${score.toFixed(2)}  (target ${target})${score < target ? '  ✗' : ''}`);
    }
    const misses = Object.values(report.audits).filter(
      (audit) =>
        audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable',
    );
    for (const audit of misses.slice(0, 8))
      console.log(`    - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
} finally {
  stop();
}
process.exitCode = failed ? 1 : 0;
