import { readFileSync } from 'node:fs';

/**
 * A large synthetic call made from our own demo call: its prepared remarks once, then its Q&A
 * repeated (with renumbered analysts) until the text reaches `targetBytes`.
 */
export function generateLargeCall(targetBytes: number): string {
  const demo = readFileSync(new URL('../public/demo/lumen-harbor-q3-2026.txt', import.meta.url), 'utf8').trimEnd();
  const lines = demo.split('\n');
  const qaStart = lines.findIndex((line) => /question comes from the line of/.test(line)) - 2;
  const closing = lines.length - 4;
  const head = lines.slice(0, qaStart);
  const qa = lines.slice(qaStart, closing);
  const tail = lines.slice(closing);
  const out = [...head];
  let size = Buffer.byteLength(out.join('\n'));
  for (let round = 1; size < targetBytes; round += 1) {
    for (const line of qa) {
      const text = line.replace(/line of ([A-Z][a-z]+) /, `line of $1 ${round} `);
      out.push(text);
      size += Buffer.byteLength(text) + 1;
    }
  }
  out.push(...tail);
  return `${out.join('\n')}\n`;
}
