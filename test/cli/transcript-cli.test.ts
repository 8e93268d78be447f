import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../src/cli/transcript.ts';
import type { Span } from '../../src/core/split-sentences.ts';
import { smallCall } from '../support/transcript-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'duet-cli-'));
const callFile = join(dir, 'northstar.txt');
writeFileSync(callFile, smallCall());
const pngFile = join(dir, 'chart.png');
writeFileSync(pngFile, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
const emptyFile = join(dir, 'empty.txt');
writeFileSync(emptyFile, '');

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { code, stdout, stderr };
}

test('--json prints the model with the contract field names', () => {
  const { code, stdout, stderr } = run([callFile, '--json']);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  const model = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(model)).toEqual(['meta', 'summary', 'disclaimer', 'turns', 'questions', 'diagnostics', 'checks']);
  expect(model.checks).toEqual([]);
  expect(model.meta).toEqual({ company: 'Northstar Devices', title: expect.any(String), period: 'Q2 2025', encoding: 'utf-8' });
  const turns = model.turns as Array<Record<string, unknown>>;
  expect(Object.keys(turns[1] ?? {})).toEqual(expect.arrayContaining(['speaker', 'title', 'role', 'section', 'line', 'paragraphs']));
  const questions = model.questions as Array<Record<string, unknown>>;
  expect(questions[1]).toMatchObject({
    n: 2,
    asker: 'Unidentified Analyst',
    introducedAs: 'Mia Holt',
    firm: 'Kestrel Securities',
    answeredBy: ['Ana Ruiz'],
  });
});

test('--json lists translation checks with the English line, the kind and a plain message', () => {
  const file = join(dir, 'slip.txt');
  writeFileSync(file, smallCall().replace('3.1 億美元', '310 萬美元'));
  const { code, stdout } = run([file, '--json']);
  expect(code).toBe(0);
  const { checks } = JSON.parse(stdout) as { checks: Array<Record<string, unknown>> };
  expect(checks).toEqual([
    expect.objectContaining({
      line: 10,
      kind: 'number',
      message: '$310 million on the left, but 310 萬美元 (= $3.1 million) on the right.',
    }),
  ]);
  // The contract's fields first, in their order; then the facts a tool can use without reading the sentence.
  const [check] = checks;
  expect(Object.keys(check ?? {}).slice(0, 5)).toEqual(['line', 'kind', 'message', 'turn', 'paragraph']);
  expect(check).toMatchObject({
    problem: 'mismatch',
    en: { kind: 'currency', value: 310e6, text: '$310 million' },
    zh: { kind: 'currency', value: 3.1e6, text: '310 萬美元' },
  });
  const pair = (JSON.parse(stdout) as { turns: Array<{ paragraphs: Array<{ en: string; zh: string }> }> }).turns[Number(check?.turn)]
    ?.paragraphs[Number(check?.paragraph)];
  const span = (side: unknown) => side as { start: number; end: number };
  expect(pair?.en.slice(span(check?.enSpan).start, span(check?.enSpan).end)).toBe('$310 million');
  expect(pair?.zh.slice(span(check?.zhSpan).start, span(check?.zhSpan).end)).toBe('310 萬美元');
});

test('--json gives every paragraph its sentences, as offsets into its two strings, and their links', () => {
  const { stdout } = run([callFile, '--json']);
  const model = JSON.parse(stdout) as {
    turns: Array<{
      paragraphs: Array<{ en: string; zh: string; sentences: { en: Span[]; zh: Span[]; links: Array<[number[], number[], number]> } }>;
    }>;
  };
  const paragraph = model.turns[1]?.paragraphs[0];
  expect(Object.keys(paragraph ?? {})).toEqual(['en', 'zh', 'line', 'zhLine', 'sentences']);
  const { en, zh, sentences } = paragraph ?? { en: '', zh: '', sentences: { en: [], zh: [], links: [] } };
  expect(sentences.en.map((span) => en.slice(span.start, span.end))).toEqual(['Thank you. ', 'Revenue grew 12% to $310 million.']);
  expect(sentences.zh.map((span) => zh.slice(span.start, span.end))).toEqual(['謝謝。', '營收成長 12%,達到 3.1 億美元。']);
  expect(sentences.links.map(([enIndexes, zhIndexes]) => [enIndexes, zhIndexes])).toEqual([
    [[0], [0]],
    [[1], [1]],
  ]);
  for (const turn of model.turns) {
    for (const { sentences: aligned } of turn.paragraphs) {
      for (const [, , confidence] of aligned.links) expect(confidence).toBeGreaterThanOrEqual(0);
      expect(aligned.links.flatMap(([enIndexes]) => enIndexes)).toEqual(aligned.en.map((_, index) => index));
      expect(aligned.links.flatMap(([, zhIndexes]) => zhIndexes)).toEqual(aligned.zh.map((_, index) => index));
    }
  }
});

test('--markdown --sentences prints one table per paragraph, a row per aligned sentence', () => {
  const { code, stdout } = run([callFile, '--markdown', '--sentences']);
  expect(code).toBe(0);
  expect(stdout).toContain('| English | 中文 | fit |');
  expect(stdout).toMatch(
    /\| Thank you\. \| 謝謝。 \| \d\.\d\d \|\n\| Revenue grew 12% to \$310 million\. \| 營收成長 12%,達到 3\.1 億美元。 \| \d\.\d\d \|/,
  );
  expect(stdout).toContain('| Hi, this is Sam on for Mia Holt. | 嗨,我是代替 Mia Holt 的 Sam。 |');
  expect(stdout).not.toContain('> 謝謝。');
});

test('--sentences without --markdown is refused in plain words', () => {
  const { code, stdout, stderr } = run([callFile, '--sentences']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^transcript: --sentences goes with --markdown/);
});

test('--markdown prints a readable bilingual version with roles and questions', () => {
  const { code, stdout } = run([callFile, '--markdown']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^# Northstar Devices Second Quarter 2025 Earnings Conference Call\n/);
  expect(stdout).toContain('### Q1. Lee Chang, Harbor Lane Capital');
  expect(stdout).toContain('#### Lee W. Chang — VP, Harbor Lane Capital (Analyst)');
  expect(stdout).toContain('Margins expanded 150 basis points.\n\n> 利潤率擴大了 150 個基點。');
});

test('bad input gives one plain line on stderr and exit code 2', () => {
  for (const args of [[pngFile], [emptyFile], [join(dir, 'missing.txt')], [dir], [], [callFile, '--yaml']]) {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  }
  expect(run([pngFile]).stderr).toMatch(/PNG image, not a text transcript/);
  expect(run([join(dir, 'missing.txt')]).stderr).toMatch(/no such file/);
});

test('the real command exits 2 with one line on stderr for a binary file', () => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/transcript.ts', pngFile, '--json'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^transcript: .*chart\.png: This file is a PNG image/)]);
}, 20_000);
