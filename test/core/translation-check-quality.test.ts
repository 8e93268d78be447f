/**
 * Quality of the translation checks, measured on our labelled set (precision and recall of flags per pair
 * and kind), and — printed, not asserted — what the checks raise on the real samples when they exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { describeCheck } from '../../src/core/describe-check.ts';
import { checkPair, checkTranslation, typicalLengthRatio, type CheckKind } from '../../src/core/translation-checks.ts';

interface LabelledPair {
  id: number;
  en: string;
  zh: string;
  expect: CheckKind[];
  why: string;
}

const set = JSON.parse(readFileSync('test/fixtures/translation-check-set.json', 'utf8')) as LabelledPair[];

test('precision ≥ 0.9 at recall ≥ 0.8 on the labelled set', () => {
  const typical = typicalLengthRatio(set.map(({ en, zh }) => ({ en, zh })));
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const pair of set) {
    const raised = new Set(checkPair({ en: pair.en, zh: pair.zh === '' ? null : pair.zh }, typical).map((flag) => flag.kind));
    const wanted = new Set(pair.expect);
    for (const kind of raised) {
      if (wanted.has(kind)) truePositives += 1;
      else {
        falsePositives += 1;
        misses.push(`#${pair.id} raised ${kind} (${pair.why})`);
      }
    }
    for (const kind of wanted) {
      if (!raised.has(kind)) {
        falseNegatives += 1;
        misses.push(`#${pair.id} missed ${kind} (${pair.why})`);
      }
    }
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  console.info(
    `translation checks on ${set.length} labelled pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
      `(${truePositives} right, ${falsePositives} false alarms, ${falseNegatives} missed)\n  ${misses.join('\n  ')}`,
  );
  expect(set.length).toBeGreaterThanOrEqual(150);
  expect(precision).toBeGreaterThanOrEqual(0.9);
  expect(recall).toBeGreaterThanOrEqual(0.8);
});

const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')) : [];

test.skipIf(samples.length === 0)('flags raised on the real samples are printed for a person to read', () => {
  for (const name of samples) {
    const transcript = readTranscript(readFileSync(join(SAMPLES, name)));
    const checks = checkTranslation(transcript);
    console.info(
      `${name}: ${checks.length} translation flags${checks.map((check) => `\n  line ${check.line} [${check.kind}] ${describeCheck(check)}`).join('')}`,
    );
    expect(checks.every((check) => transcript.turns[check.turn]?.paragraphs[check.paragraph]?.line === check.line)).toBe(true);
  }
});
