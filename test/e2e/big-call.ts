import { readFileSync } from 'node:fs';

/** A ~3 MB call made of our demo: its summary, then the whole call repeated. */
export function bigCall(): string {
  const demo = readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8');
  const lines = demo.split('\n');
  const start = lines.indexOf('Operator');
  const body = lines.slice(start).join('\n');
  const copies = Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(body));
  return [lines.slice(0, start).join('\n'), ...Array.from({ length: copies }, () => body)].join('\n');
}
