#!/usr/bin/env node
/**
 * `npm run size`: the JavaScript a first visit downloads (the entry chunk and its static imports, from
 * Vite's manifest), gzipped, against the budget. Lazy chunks (routes, opencc-js, the parse worker) are listed apart.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 110;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024;

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const next of chunk.imports ?? []) visit(next);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry && key.endsWith('.html')) visit(key);

const rows = [...initial].map((file) => [file, gzipKb(file)]);
const total = rows.reduce((sum, [, size]) => sum + size, 0);
// The reader's route chunks are preloaded by index.html's inline lines (for deep links): fetched early, run only when
// a call opens. The first screen of a deep link is loaded by the same lines, only at a reader address.
const html = readFileSync('dist/index.html', 'utf8');
const preloaded = [...html.matchAll(/"\/(assets\/[^"]+\.js)"/g)]
  .map((match) => match[1])
  .filter((file) => !initial.has(file) && !file.startsWith('assets/first-screen-'));
const firstScreen = html.match(/"\/(assets\/first-screen-[^"]+\.js)"/)?.[1];
const lazy = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file) && !preloaded.includes(chunk.file))
  .map((chunk) => [chunk.file, gzipKb(chunk.file)])
  .sort((a, b) => b[1] - a[1]);

console.log('Initial JavaScript (gzip):');
for (const [file, size] of rows) console.log(`  ${size.toFixed(1).padStart(7)} KB  ${file}`);
console.log(`  ${total.toFixed(1).padStart(7)} KB  total (budget ${BUDGET_KB} KB)`);
console.log('Preloaded for a deep link to a call, run when a call opens (gzip):');
for (const file of preloaded) console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);
if (firstScreen)
  console.log(
    `First screen of a deep link, loaded only at a reader address (gzip):\n  ${gzipKb(firstScreen).toFixed(1).padStart(7)} KB  ${firstScreen}`,
  );
console.log('Loaded on demand (gzip):');
for (const [file, size] of lazy) console.log(`  ${size.toFixed(1).padStart(7)} KB  ${file}`);
if (total > BUDGET_KB) {
  console.error(`size: initial JavaScript is ${total.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
