/**
 * `npm run bench` (second part): sentence splitting and alignment of every paragraph of the generated ~3 MB call
 * (target ≤ 100 ms), and — when ../shared/samples exists — how many real pairs have equal sentence counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignTranscript } from '../src/core/align-sentences.ts';
import { readTranscript } from '../src/core/read-transcript.ts';
import { generateLargeCall } from './generate-call.ts';

const bytes = new TextEncoder().encode(generateLargeCall(3 * 1024 * 1024));
const transcript = readTranscript(bytes);

/** Medians of `rounds` timings of each function, run in turn so that both see the same load. */
function interleavedMedians(runs: Array<() => unknown>, rounds: number): number[] {
  for (let index = 0; index < 3; index += 1) for (const run of runs) run();
  const times = runs.map(() => [] as number[]);
  for (let index = 0; index < rounds; index += 1) {
    runs.forEach((run, which) => {
      const start = performance.now();
      run();
      times[which]?.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN);
}

const [parse = Number.NaN, align = Number.NaN] = interleavedMedians([() => readTranscript(bytes), () => alignTranscript(transcript)], 15);
const alignments = alignTranscript(transcript).flat();
const sentences = alignments.reduce((sum, alignment) => sum + alignment.en.length + alignment.zh.length, 0);
const equal = alignments.filter((alignment) => alignment.en.length === alignment.zh.length).length;

const rows = [
  ['input', `${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${alignments.length} paragraph pairs, ${sentences} sentences`],
  ['split + align every paragraph', `${align.toFixed(1)} ms (target ≤ 100 ms)`],
  ['readTranscript, same run', `${parse.toFixed(1)} ms (alignment = ${(align / parse).toFixed(2)}× parsing)`],
  ['pairs with equal counts', `${equal} of ${alignments.length}`],
];

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
if (existsSync(SAMPLES)) {
  let pairs = 0;
  let same = 0;
  for (const name of readdirSync(SAMPLES).filter((file) => file.endsWith('.txt'))) {
    const sample = readTranscript(readFileSync(join(SAMPLES, name)));
    alignTranscript(sample).forEach((turn, t) =>
      turn.forEach((alignment, p) => {
        const paragraph = sample.turns[t]?.paragraphs[p];
        if (!paragraph || paragraph.en === null || paragraph.zh === null) return;
        pairs += 1;
        if (alignment.en.length === alignment.zh.length) same += 1;
      }),
    );
  }
  rows.push(['real samples (../shared/samples)', `${same} of ${pairs} pairs have equal sentence counts`]);
}

const width = Math.max(...rows.map(([label]) => (label ?? '').length));
console.log('Duet sentence alignment benchmark (median of 15 runs, interleaved with parsing, node ' + process.version + ')');
for (const [label, value] of rows) console.log(`  ${(label ?? '').padEnd(width)}  ${value}`);
