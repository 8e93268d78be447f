/**
 * Quality of the translation checks as precision and recall of flags per pair and kind, on two labelled sets:
 * - the written set (test/fixtures/translation-check-set.json): pairs we wrote about fictional companies, with
 *   errors of every kind in several wordings and traps for each;
 * - the real set (test/fixtures/translation-check-real-labels.json): every pair of the two real samples, judged by
 *   a bilingual reader and named by file and line; the text is read from ../shared/samples at run time, and the
 *   set shows as skipped where that folder is absent.
 * Both are printed (with every false alarm and miss) and asserted: precision ≥ 0.9, recall ≥ 0.8.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureLengthModel } from '../../src/core/align-sentences.ts';
import { describeCheck } from '../../src/core/describe-check.ts';
import type { Turn } from '../../src/core/transcript-model.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { checkPair, checkTranslation, typicalLengthRatio, type CheckFinding, type CheckKind } from '../../src/core/translation-checks.ts';

interface WrittenPair {
  id: number;
  en: string;
  zh: string;
  expect: CheckKind[];
  why: string;
}

interface RealLabel {
  file: string;
  line: number;
  expect: CheckKind[];
  why: string;
}

/** One judged pair: what a reader wants flagged, and what the checks raised. */
interface Judged {
  name: string;
  why: string;
  expect: readonly CheckKind[];
  raised: readonly CheckFinding[];
}

interface Score {
  precision: number;
  recall: number;
  right: number;
  falseAlarms: string[];
  missed: string[];
}

function score(pairs: readonly Judged[]): Score {
  let right = 0;
  const falseAlarms: string[] = [];
  const missed: string[] = [];
  for (const pair of pairs) {
    const raised = new Set(pair.raised.map((finding) => finding.kind));
    const wanted = new Set(pair.expect);
    for (const kind of raised) {
      if (wanted.has(kind)) right += 1;
      else {
        const said = pair.raised.filter((finding) => finding.kind === kind).map(describeCheck);
        falseAlarms.push(`${pair.name} raised ${kind}: ${said.join(' | ')} (label: ${pair.why})`);
      }
    }
    for (const kind of wanted) if (!raised.has(kind)) missed.push(`${pair.name} missed ${kind} (${pair.why})`);
  }
  return {
    precision: right / Math.max(1, right + falseAlarms.length),
    recall: right / Math.max(1, right + missed.length),
    right,
    falseAlarms,
    missed,
  };
}

function report(name: string, pairs: readonly Judged[], result: Score) {
  const byKind = new Map<CheckKind, number>();
  for (const pair of pairs) for (const kind of pair.expect) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  console.info(
    `translation checks, ${name} (${pairs.length} pairs; labels ${[...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ')}): ` +
      `precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
      `(${result.right} right, ${result.falseAlarms.length} false alarms, ${result.missed.length} missed)` +
      [...result.falseAlarms, ...result.missed].map((line) => `\n  ${line}`).join(''),
  );
}

const written = JSON.parse(readFileSync('test/fixtures/translation-check-set.json', 'utf8')) as WrittenPair[];
/** The written set as one turn, to measure its sentence lengths as a call's are. */
const writtenTurn: Turn = {
  speaker: 'Written set',
  title: '',
  role: 'company',
  section: 'presentation',
  line: 1,
  headerLines: [1, 2],
  paragraphs: written.map((pair, index) => ({
    en: pair.en,
    zh: pair.zh === '' ? null : pair.zh,
    line: index * 2 + 3,
    zhLine: index * 2 + 4,
  })),
};

test('written set: precision ≥ 0.9 at recall ≥ 0.8, with every kind in several wordings', () => {
  const typical = typicalLengthRatio(written.map(({ en, zh }) => ({ en, zh })));
  const sentences = measureLengthModel({ turns: [writtenTurn] });
  const judged = written.map((pair): Judged => ({
    name: `#${pair.id}`,
    why: pair.why,
    expect: pair.expect,
    raised: checkPair({ en: pair.en, zh: pair.zh === '' ? null : pair.zh }, typical, sentences),
  }));
  const result = score(judged);
  report('written set', judged, result);
  expect(written.length).toBeGreaterThanOrEqual(250);
  for (const kind of ['number', 'direction', 'year', 'partial', 'code', 'glossary'] as const) {
    expect(written.filter((pair) => pair.expect.includes(kind)).length, kind).toBeGreaterThanOrEqual(6);
  }
  expect(result.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.recall).toBeGreaterThanOrEqual(0.8);
});

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const realLabels = JSON.parse(readFileSync('test/fixtures/translation-check-real-labels.json', 'utf8')) as RealLabel[];
const realFiles = [...new Set(realLabels.map((label) => label.file))];
const samplesPresent = realFiles.length > 0 && realFiles.every((file) => existsSync(join(SAMPLES, file)));

describe.skipIf(!samplesPresent)('real set (the samples in ../shared/samples)', () => {
  test('precision ≥ 0.9 at recall ≥ 0.8 on every labelled pair of the real calls', () => {
    const judged: Judged[] = [];
    for (const file of realFiles) {
      const transcript = readTranscript(new Uint8Array(readFileSync(join(SAMPLES, file))));
      const checks = checkTranslation(transcript);
      const lines = new Set(transcript.turns.flatMap((turn) => turn.paragraphs.map((pair) => pair.line)));
      for (const label of realLabels.filter((entry) => entry.file === file)) {
        expect(lines.has(label.line), `${file}:${label.line} is the English line of a pair`).toBe(true);
        judged.push({
          name: `${file.slice(0, 3)}:${label.line}`,
          why: label.why,
          expect: label.expect,
          raised: checks.filter((check) => check.line === label.line),
        });
      }
      // No flag outside the labelled pairs.
      const labelled = new Set(realLabels.filter((entry) => entry.file === file).map((entry) => entry.line));
      expect(checks.filter((check) => !labelled.has(check.line)).map(describeCheck)).toEqual([]);
    }
    const result = score(judged);
    report('real set', judged, result);
    expect(judged.length).toBe(realLabels.length);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
  });
});
