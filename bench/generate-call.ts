import { readFileSync } from 'node:fs';

/**
 * The one generator of large synthetic calls, for `npm run bench`, `npm run perf` and the browser tests. Every
 * shape is made from our own demo call (fictional), so the text reads like a call:
 *  - `normal`: the prepared remarks once, then the Q&A repeated with renumbered analysts;
 *  - `many-turns`: a great many tiny turns (one short pair each), the shape that breaks per-turn rendering;
 *  - `one-turn`: one speaker turn holding every paragraph pair, the shape that breaks per-turn virtualisation.
 */
export type CallShape = 'normal' | 'many-turns' | 'one-turn';

function demoLines(): string[] {
  return readFileSync(new URL('../public/demo/lumen-harbor-q3-2026.txt', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
}

/** The English/Chinese pairs of the demo call (paragraphs, not headers), in order. */
function demoPairs(lines: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const start = lines.indexOf('Operator');
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (line === next) {
      index += 1;
      continue;
    }
    if (/[A-Za-z]/.test(line) && /[\u4e00-\u9fff]/.test(next) && line !== '') {
      pairs.push([line, next]);
      index += 1;
    }
  }
  return pairs;
}

const TINY_PAIRS: ReadonlyArray<[string, string]> = [
  ['Okay.', '好的。'],
  ['Thank you.', '謝謝。'],
  ['Got it.', '明白了。'],
  ['Sure.', '當然。'],
  ['Yes, 4%.', '是的，4%。'],
];

/** A call of at least `targetBytes` UTF-8 bytes in the given shape. */
export function generateLargeCall(targetBytes: number, shape: CallShape = 'normal'): string {
  const lines = demoLines();
  if (shape === 'normal') {
    const qaStart = lines.findIndex((line) => /question comes from the line of/.test(line)) - 2;
    const closing = lines.length - 4;
    const out = lines.slice(0, qaStart);
    let size = Buffer.byteLength(out.join('\n'));
    for (let round = 1; size < targetBytes; round += 1) {
      for (const line of lines.slice(qaStart, closing)) {
        const text = line.replace(/line of ([A-Z][a-z]+) /, `line of $1 ${round} `);
        out.push(text);
        size += Buffer.byteLength(text) + 1;
      }
    }
    out.push(...lines.slice(closing));
    return `${out.join('\n')}\n`;
  }
  const head = lines.slice(0, lines.indexOf('Operator'));
  const pairs = demoPairs(lines);
  const out = [...head];
  let size = Buffer.byteLength(out.join('\n'));
  const push = (line: string) => {
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  if (shape === 'one-turn') {
    push('Dana K. Whitfield - CEO & Director');
    push('Dana K. Whitfield - CEO & Director');
    for (let index = 0; size < targetBytes; index += 1) {
      const [en, zh] = pairs[index % pairs.length] ?? ['', ''];
      push(en);
      push(zh);
    }
    return `${out.join('\n')}\n`;
  }
  // many-turns: a new turn for every tiny pair (about 34 bytes a turn: 3 MB is some 95,000 turns).
  const speakers = ['Operator', 'Dana Whitfield', 'Tom Becker'];
  for (let index = 0; size < targetBytes; index += 1) {
    const speaker = speakers[index % speakers.length] ?? 'Operator';
    const [en, zh] = TINY_PAIRS[index % TINY_PAIRS.length] ?? ['Okay.', '好的。'];
    push(speaker);
    push(speaker);
    push(en);
    push(zh);
  }
  return `${out.join('\n')}\n`;
}
