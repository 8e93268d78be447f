/**
 * Quality of the sentence alignment on the real sample calls, against links labelled by a person who read both
 * languages (test/fixtures/sentence-links-real.json: file, English line, sentence counts and links — never the
 * text, which is read from ../shared/samples at run time). Skipped, visibly, where that folder is absent.
 * The labels depend on the splitter: see test/fixtures/sentence-links-real.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alignTranscript } from '../../src/core/align-sentences.ts';
import { readTranscript } from '../../src/core/read-transcript.ts';
import type { Transcript } from '../../src/core/transcript-model.ts';

interface Label {
  file: string;
  line: number;
  en: number;
  zh: number;
  links: Array<[number[], number[]]>;
  note?: string;
}

const labels = JSON.parse(readFileSync('test/fixtures/sentence-links-real.json', 'utf8')) as Label[];
const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');
const files = [...new Set(labels.map((label) => label.file))];
const present = existsSync(SAMPLES) && files.every((file) => existsSync(join(SAMPLES, file)));
if (!present) console.info(`note: ${SAMPLES} (or a labelled file in it) not found; sentence alignment quality skipped`);

const key = (link: readonly [readonly number[], readonly number[]]) => `${link[0].join(',')}|${link[1].join(',')}`;

describe.skipIf(!present)('sentence alignment on the real samples', () => {
  // Vitest runs a skipped block's body to list its tests: without the samples it must read nothing.
  const transcripts = new Map<string, Transcript>(
    present ? files.map((file) => [file, readTranscript(readFileSync(join(SAMPLES, file)))]) : [],
  );
  const alignments = new Map([...transcripts].map(([file, transcript]) => [file, alignTranscript(transcript)]));

  /** The alignment of the paragraph whose English is on `line`. */
  function alignmentAt(file: string, line: number) {
    const transcript = transcripts.get(file);
    for (const [t, turn] of (transcript?.turns ?? []).entries()) {
      const p = turn.paragraphs.findIndex((paragraph) => paragraph.line === line);
      if (p !== -1) return alignments.get(file)?.[t]?.[p];
    }
    return undefined;
  }

  test('the labels still fit the splitter (same sentence counts), and every pair whose counts differ is labelled', () => {
    const stale: string[] = [];
    for (const label of labels) {
      const alignment = alignmentAt(label.file, label.line);
      if (!alignment) stale.push(`${label.file}:${label.line} is no longer the English line of a pair`);
      else if (alignment.en.length !== label.en || alignment.zh.length !== label.zh) {
        stale.push(
          `${label.file}:${label.line} now splits into ${alignment.en.length} English / ${alignment.zh.length} Chinese sentences; ` +
            `the labels were written for ${label.en} / ${label.zh}`,
        );
      }
    }
    let pairs = 0;
    let equal = 0;
    for (const [file, transcript] of transcripts) {
      transcript.turns.forEach((turn, t) =>
        turn.paragraphs.forEach((paragraph, p) => {
          const alignment = alignments.get(file)?.[t]?.[p];
          if (!alignment || paragraph.en === null || paragraph.zh === null) return;
          pairs += 1;
          if (alignment.en.length === alignment.zh.length) equal += 1;
          else if (!labels.some((label) => label.file === file && label.line === paragraph.line)) {
            stale.push(
              `${file}:${paragraph.line} has ${alignment.en.length} English / ${alignment.zh.length} Chinese sentences and no label`,
            );
          }
        }),
      );
    }
    console.info(`sentence counts: ${equal} of ${pairs} real pairs have as many English as Chinese sentences`);
    expect(
      stale,
      'The sentence splitter changed since the links were labelled. The labels depend on it: read each pair listed in both ' +
        'languages and relabel it (test/fixtures/sentence-links-real.md).',
    ).toEqual([]);
  });

  test('link precision and recall ≥ 0.95 on the labelled pairs', () => {
    let predicted = 0;
    let wanted = 0;
    let right = 0;
    const misses: string[] = [];
    for (const label of labels) {
      const alignment = alignmentAt(label.file, label.line);
      const got = new Set((alignment?.links ?? []).map(([en, zh]) => key([en, zh])));
      const gold = new Set(label.links.map(key));
      predicted += got.size;
      wanted += gold.size;
      for (const link of got) {
        if (gold.has(link)) right += 1;
        else misses.push(`${label.file}:${label.line} linked ${link} (not in the labels)`);
      }
      for (const link of gold) if (!got.has(link)) misses.push(`${label.file}:${label.line} missed ${link}`);
    }
    const precision = right / predicted;
    const recall = right / wanted;
    const unequal = labels.filter((label) => label.en !== label.zh).length;
    console.info(
      `sentence links on ${labels.length} labelled real pairs (${unequal} with unequal counts): precision ${precision.toFixed(3)}, ` +
        `recall ${recall.toFixed(3)} (${right} right of ${predicted} made, ${wanted} labelled)${misses.map((miss) => `\n  ${miss}`).join('')}`,
    );
    expect(labels.length - unequal).toBeGreaterThanOrEqual(40);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
