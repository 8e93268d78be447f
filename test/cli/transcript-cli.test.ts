import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../src/cli/transcript.ts';
import { MAX_TRANSCRIPT_BYTES } from '../../src/core/limits.ts';
import type { Span } from '../../src/core/split-sentences.ts';
import { smallCall } from '../support/transcript-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'duet-cli-'));
const callFile = join(dir, 'northstar.txt');
writeFileSync(callFile, smallCall());
const pngFile = join(dir, 'chart.png');
writeFileSync(pngFile, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
const emptyFile = join(dir, 'empty.txt');
writeFileSync(emptyFile, '');
const headerOnlyFile = join(dir, 'header-only.txt');
writeFileSync(headerOnlyFile, 'Operator\nOperator\n');
const TSX = join('node_modules', '.bin', 'tsx');

/** Runs the real command; resolves with its exit code and output once it has exited. */
function spawnCli(args: string[], input: string) {
  const child = spawn(TSX, ['src/cli/transcript.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { code, stdout, stderr };
}

test('--json prints the model with the contract field names', async () => {
  const { code, stdout, stderr } = await run([callFile, '--json']);
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

test('--json lists translation checks with the English line, the kind and a plain message', async () => {
  const file = join(dir, 'slip.txt');
  writeFileSync(file, smallCall().replace('3.1 億美元', '310 萬美元'));
  const { code, stdout } = await run([file, '--json']);
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

test('--json gives every paragraph its sentences, as offsets into its two strings, and their links', async () => {
  const { stdout } = await run([callFile, '--json']);
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

test('--markdown --sentences prints one table per paragraph, a row per aligned sentence', async () => {
  const { code, stdout } = await run([callFile, '--markdown', '--sentences']);
  expect(code).toBe(0);
  expect(stdout).toContain('| English | 中文 | fit |');
  expect(stdout).toMatch(
    /\| Thank you\. \| 謝謝。 \| \d\.\d\d \|\n\| Revenue grew 12% to \$310 million\. \| 營收成長 12%,達到 3\.1 億美元。 \| \d\.\d\d \|/,
  );
  expect(stdout).toContain('| Hi, this is Sam on for Mia Holt. | 嗨,我是代替 Mia Holt 的 Sam。 |');
  expect(stdout).not.toContain('> 謝謝。');
});

test('--sentences without --markdown is refused in plain words', async () => {
  const { code, stdout, stderr } = await run([callFile, '--sentences']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^transcript: --sentences goes with --markdown/);
});

test('--markdown prints a readable bilingual version with roles and questions', async () => {
  const { code, stdout } = await run([callFile, '--markdown']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^# Northstar Devices Second Quarter 2025 Earnings Conference Call\n/);
  expect(stdout).toContain('### Q1. Lee Chang, Harbor Lane Capital');
  expect(stdout).toContain('#### Lee W. Chang — VP, Harbor Lane Capital (Analyst)');
  expect(stdout).toContain('Margins expanded 150 basis points.\n\n> 利潤率擴大了 150 個基點。');
  // The operator's sign-off comes after the Q&A, under its own heading.
  expect(stdout).toMatch(/\n## Closing remarks\n\n#### Operator \(Operator\)\n\nThat concludes today's call\./);
});

test('--json reports the bytes replaced in a damaged UTF-8 file as a diagnostic', async () => {
  const file = join(dir, 'cut.txt');
  const bytes = new TextEncoder().encode(smallCall());
  writeFileSync(file, bytes.subarray(0, bytes.length - 1)); // cut inside the last character, "。"
  const { code, stdout } = await run([file, '--json']);
  expect(code).toBe(0);
  const model = JSON.parse(stdout) as { meta: { encoding: string }; diagnostics: unknown[] };
  expect(model.meta.encoding).toBe('utf-8');
  expect(model.diagnostics).toEqual([
    {
      line: smallCall().split('\n').length,
      kind: 'replaced-bytes',
      count: 2,
      message: `2 bytes that are not valid UTF-8 were replaced with � on line ${smallCall().split('\n').length}.`,
    },
  ]);
});

test('bad input gives one plain line on stderr and exit code 2', async () => {
  for (const args of [[pngFile], [emptyFile], [headerOnlyFile], [join(dir, 'missing.txt')], [dir], [], [callFile, '--yaml']]) {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  }
  expect((await run([pngFile])).stderr).toMatch(/PNG image, not a text transcript/);
  expect((await run([join(dir, 'missing.txt')])).stderr).toMatch(/no such file/);
  expect((await run([headerOnlyFile])).stderr).toMatch(/not look like an earnings-call transcript/);
});

test('the real command exits 2 with one line on stderr for a binary file', () => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/transcript.ts', pngFile, '--json'], { encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^transcript: .*chart\.png: This file is a PNG image/)]);
}, 20_000);

test('input without an end (/dev/zero) stops at the 50 MB limit: one line on stderr, exit code 2', async () => {
  const { code, stdout, stderr } = await run(['/dev/zero', '--json']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toBe('transcript: /dev/zero: more than 50 MB; transcripts up to 50 MB are read\n');
});

test('a file over the limit is refused from its size, before reading', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, MAX_TRANSCRIPT_BYTES + 1);
  const { code, stderr } = await run([big]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^transcript: .*big\.txt: more than 50 MB; transcripts up to 50 MB are read\n$/);
});

test('"-" reads the call from standard input', async () => {
  const { code, stdout, stderr } = await spawnCli(['-', '--json'], smallCall());
  expect([code, stderr]).toEqual([0, '']);
  const model = JSON.parse(stdout) as { meta: { company: string }; questions: unknown[] };
  expect(model.meta.company).toBe('Northstar Devices');
  expect(model.questions).toHaveLength(2);
}, 20_000);

test('a pipe that never ends is read up to the 50 MB limit only: the command stops reading and exits 2', async () => {
  // `yes` writes for as long as someone reads; the shell returns once both ends of the pipe are gone.
  const shell = spawn('sh', ['-c', `yes 'Operator' | ${TSX} src/cli/transcript.ts - --json`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  shell.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  shell.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const code = await new Promise<number | null>((resolve) => shell.on('close', resolve));
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toBe('transcript: -: more than 50 MB; transcripts up to 50 MB are read\n');
}, 20_000);
