import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { importTranscript } from '../../src/features/library/api/import-transcript.ts';
import { normalizeForId } from '../../src/workers/content-hash.ts';
import { encodeLegacy, encodeUtf16 } from '../support/legacy-encode.ts';
import { freshStorage } from '../support/library-db.ts';

const harbor = readFileSync('test/fixtures/harbor-edge-cases.txt', 'utf8');

test('one call in UTF-8, UTF-8 with BOM, CRLF, UTF-16 LE and BE, and Big5 is one library row', async () => {
  const { storage, clock } = freshStorage();
  const copies: Array<[string, BlobPart]> = [
    ['utf8.txt', harbor],
    ['utf8-bom.txt', `\ufeff${harbor}`],
    ['crlf.txt', harbor.replaceAll('\n', '\r\n')],
    ['cr.txt', harbor.replaceAll('\n', '\r')],
    ['utf16le.txt', encodeUtf16(harbor, 'le') as BlobPart],
    ['utf16be.txt', encodeUtf16(harbor, 'be') as BlobPart],
    ['big5.txt', encodeLegacy(harbor, 'big5') as BlobPart],
  ];
  const ids = new Set<string>();
  for (const [name, bytes] of copies) {
    clock.advance(1000);
    const result = await importTranscript({ kind: 'file', file: new File([bytes], name) }, { storage, now: clock.now });
    ids.add(result.id);
  }
  // The id is the hash of the text (no BOM, LF endings), whatever the bytes were.
  expect([...ids]).toEqual([createHash('sha256').update(harbor).digest('hex').slice(0, 16)]);
  const { calls } = await storage.listCalls();
  expect(calls).toHaveLength(1);
  // The first copy opened is the one kept; opening the others only moved it to the top.
  expect(calls[0]).toMatchObject({ name: 'utf8.txt', encoding: 'utf-8', openedAt: 1_000_000 + copies.length * 1000 });
});

test('pasted text with CRLF endings is the same call as the file', async () => {
  const { storage } = freshStorage();
  const file = await importTranscript({ kind: 'file', file: new File([harbor], 'a.txt') }, { storage });
  const pasted = await importTranscript({ kind: 'text', text: harbor.replaceAll('\n', '\r\n') }, { storage });
  expect(pasted.id).toBe(file.id);
  expect(pasted.duplicate).toBe(true);
});

test('different calls keep different ids', async () => {
  const { storage } = freshStorage();
  const a = await importTranscript({ kind: 'text', text: harbor }, { storage });
  const b = await importTranscript({ kind: 'text', text: harbor.replaceAll('Quillfeather Robotics', 'Kestrel Marine') }, { storage });
  expect(a.id).not.toBe(b.id);
  expect((await storage.listCalls()).calls).toHaveLength(2);
});

test('the text a call is identified by: BOM removed, CRLF and CR as LF, nothing else changed', () => {
  expect(normalizeForId('\ufeffa\r\nb\rc\n')).toBe('a\nb\nc\n');
  expect(normalizeForId('a  \n\n b')).toBe('a  \n\n b');
  expect(normalizeForId('x\ufeffy')).toBe('x\ufeffy');
});
