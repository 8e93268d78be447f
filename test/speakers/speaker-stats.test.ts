import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readTranscript } from '../../src/core/read-transcript.ts';
import { countWords, speakerGroups } from '../../src/features/speakers/utils/speaker-stats.ts';

/** What a reader would count: runs of non-space in English; half the non-space characters of Chinese-only text. */
const byRegex = (en: string | null, zh: string | null) =>
  en !== null ? en.split(/\s+/).filter(Boolean).length : zh !== null ? Math.ceil(zh.replace(/\s+/g, '').length / 2) : 0;

const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '\ufeff', 'word', 'net', '營收', '。', '4.2%', '');
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('words a speaker says', () => {
  test('counts words the way splitting on white space does, for any text, spaces of every kind included', () => {
    fc.assert(
      fc.property(fc.option(texts, { nil: null }), fc.option(fc.oneof(texts, fc.string()), { nil: null }), (en, zh) => {
        expect(countWords(en, zh)).toBe(byRegex(en, zh));
      }),
    );
    expect(countWords('  Revenue grew 12%\u00a0year over year. ', null)).toBe(6);
    expect(countWords(null, '營收 成長')).toBe(2);
  });

  test('shares of a call add up to the whole, and everyone who speaks is listed once', () => {
    const transcript = readTranscript(new Uint8Array(readFileSync('test/fixtures/orchard-pay-q2-2025.txt')));
    const groups = speakerGroups(transcript, new Map());
    const speakers = groups.flatMap((group) => group.speakers);
    expect(new Set(speakers.map((speaker) => speaker.name)).size).toBe(new Set(transcript.turns.map((turn) => turn.speaker)).size);
    expect(speakers.reduce((sum, speaker) => sum + speaker.share, 0)).toBeCloseTo(1, 6);
    const total = transcript.turns.flatMap((turn) => turn.paragraphs).reduce((sum, pair) => sum + byRegex(pair.en, pair.zh), 0);
    expect(speakers.reduce((sum, speaker) => sum + speaker.words, 0)).toBe(total);
  });
});
