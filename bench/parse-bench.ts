/**
 * `npm run bench`: parse throughput on a generated ~3 MB call, against the floor of
 * TextDecoder + split('\n') on the same bytes. Target: parsing within 2× of that baseline.
 * Also the translation checks of that call (checkTranslation, every kind; they run in the check worker).
 */
import { performance } from 'node:perf_hooks';
import { readTranscript } from '../src/core/read-transcript.ts';
import { checkTranslation } from '../src/core/translation-checks.ts';
import { generateLargeCall } from './generate-call.ts';

const bytes = new TextEncoder().encode(generateLargeCall(3 * 1024 * 1024));
const megabytes = bytes.length / 1024 / 1024;

function median(run: () => unknown, rounds: number): number {
  for (let index = 0; index < 3; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const baseline = median(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n'), 15);
const parse = median(() => readTranscript(bytes), 15);
const transcript = readTranscript(bytes);
const checks = median(() => checkTranslation(transcript), 7);
const flags = checkTranslation(transcript).length;
const pairs = transcript.turns.reduce((count, turn) => count + turn.paragraphs.length, 0);
const heapBefore = process.memoryUsage().heapUsed;
const kept = readTranscript(bytes);
const heapAfter = process.memoryUsage().heapUsed;

const rows = [
  ['input', `${megabytes.toFixed(2)} MB, ${transcript.turns.length} turns, ${transcript.questions.length} questions`],
  ['TextDecoder + split (baseline)', `${baseline.toFixed(1)} ms  ${(megabytes / (baseline / 1000)).toFixed(0)} MB/s`],
  ['readTranscript (decode + parse)', `${parse.toFixed(1)} ms  ${(megabytes / (parse / 1000)).toFixed(0)} MB/s`],
  ['ratio to baseline', `${(parse / baseline).toFixed(2)}× (target ≤ 2×)`],
  [
    'checkTranslation (every check)',
    `${checks.toFixed(1)} ms  ${(checks / parse).toFixed(1)}× parsing, ${pairs} pairs, ${flags} flags (median of 7)`,
  ],
  ['model heap (approx.)', `${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB for ${kept.turns.length} turns`],
];
const width = Math.max(...rows.map(([label]) => (label ?? '').length));
console.log('Duet parse benchmark (median of 15 runs, node ' + process.version + ')');
for (const [label, value] of rows) console.log(`  ${(label ?? '').padEnd(width)}  ${value}`);
