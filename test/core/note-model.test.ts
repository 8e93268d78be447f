import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  compareNotes,
  mapOffsets,
  mergeNoteTexts,
  noteCitation,
  notesAsCsv,
  notesAsMarkdown,
  partnerText,
  readNoteRecord,
  resolveAnchor,
  type Note,
} from '../../src/core/note-model.ts';
import { parseTranscript } from '../../src/core/parse-transcript.ts';
import { readLibraryChange } from '../../src/features/library/api/library-sync.ts';

const demo = parseTranscript(readFileSync('public/demo/lumen-harbor-q3-2026.txt', 'utf8'));

function noteAt(turn: number, paragraph: number, lang: 'en' | 'zh', quote: string, patch: Partial<Note> = {}): Note {
  const pair = demo.turns[turn]?.paragraphs[paragraph];
  const text = (lang === 'en' ? pair?.en : pair?.zh) ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${turn}:${paragraph} ${lang}`);
  return {
    format: 1,
    id: `${turn}-${paragraph}-${lang}-${start}`,
    callId: 'demo',
    call: { company: demo.meta.company, period: demo.meta.period, title: demo.meta.title },
    anchor: { turn, paragraph, lang, start, end: start + quote.length, quote, line: pair?.line ?? 0 },
    speaker: demo.turns[turn]?.speaker ?? '',
    color: 'yellow',
    text: '',
    revision: 1,
    createdAt: 1,
    updatedAt: 2,
    ...patch,
  };
}

/** A pair of the demo with both languages and more than one English sentence. */
function pairWithSentences(): { turn: number; paragraph: number; en: string; zh: string } {
  for (const [turn, value] of demo.turns.entries()) {
    for (const [paragraph, pair] of value.paragraphs.entries()) {
      if (pair.en && pair.zh && pair.en.split('. ').length > 2) return { turn, paragraph, en: pair.en, zh: pair.zh };
    }
  }
  throw new Error('no pair');
}

describe('anchors', () => {
  test('offsets that still hold the quote are used; moved text is found again by its quote, nearest first', () => {
    const text = 'gross margin rose; gross margin fell; gross margin held';
    expect(resolveAnchor({ start: 19, end: 31, quote: 'gross margin' }, text)).toEqual({ start: 19, end: 31 });
    // Two characters were added before it: the nearest occurrence of the quote, not the first.
    expect(resolveAnchor({ start: 19, end: 31, quote: 'gross margin' }, `ah${text}`)).toEqual({ start: 21, end: 33 });
    expect(resolveAnchor({ start: 0, end: 5, quote: 'sales' }, text)).toBeNull();
  });

  test('offsets map onto text of another length (Simplified phrases), never outside it', () => {
    expect(mapOffsets({ start: 2, end: 4 }, 10, 10)).toEqual({ start: 2, end: 4 });
    expect(mapOffsets({ start: 4, end: 8 }, 8, 7)).toEqual({ start: 4, end: 7 });
    expect(mapOffsets({ start: 7, end: 8 }, 8, 2)).toEqual({ start: 2, end: 3 });
  });

  test('notes sort in reading order: turn, pair, English before Chinese, offset', () => {
    const a = noteAt(2, 0, 'zh', demo.turns[2]?.paragraphs[0]?.zh?.slice(0, 3) ?? '');
    const b = noteAt(2, 0, 'en', demo.turns[2]?.paragraphs[0]?.en?.slice(5, 12) ?? '');
    const c = noteAt(1, 0, 'en', demo.turns[1]?.paragraphs[0]?.en?.slice(0, 4) ?? '');
    expect([a, b, c].sort(compareNotes)).toEqual([c, b, a]);
  });

  test('a record is checked: malformed, newer and good ones told apart, unknown fields kept', () => {
    const good = { ...noteAt(1, 0, 'en', demo.turns[1]?.paragraphs[0]?.en?.slice(0, 4) ?? ''), extra: true };
    expect(readNoteRecord(good)).toEqual({ kind: 'ok', note: good });
    expect(readNoteRecord({ ...good, format: 2 })).toEqual({ kind: 'newer' });
    expect(readNoteRecord({ ...good, color: 'purple' })).toEqual({ kind: 'malformed' });
    expect(readNoteRecord({ ...good, anchor: { ...good.anchor, end: 0 } })).toEqual({ kind: 'malformed' });
    expect(readNoteRecord('x')).toEqual({ kind: 'malformed' });
  });
});

describe('export', () => {
  const { turn, paragraph, en, zh } = pairWithSentences();
  const firstSentence = en.slice(0, en.indexOf('. ') + 1);
  const english = noteAt(turn, paragraph, 'en', firstSentence, { text: 'Watch *this* [line]', color: 'green' });
  const zhSentence = zh.slice(0, zh.indexOf('。') + 1);
  const chinese = noteAt(turn, paragraph, 'zh', zhSentence);
  const context = {
    origin: 'https://duet.example',
    partner: (note: Note) => partnerText(demo, note.anchor),
    speakerTitle: (note: Note) => demo.turns[note.anchor.turn]?.title ?? '',
  };

  test('the partner of a sentence is its aligned sentence in the other language, not the whole paragraph', () => {
    const partner = partnerText(demo, english.anchor) ?? '';
    expect(partner.length).toBeGreaterThan(0);
    expect(zh.startsWith(partner)).toBe(true);
    expect(partner.length).toBeLessThan(zh.length);
    expect(en.startsWith(partnerText(demo, chinese.anchor) ?? '-')).toBe(true);
  });

  test('Markdown: the call, each quote with its partner, who said it, a link back, the note escaped', () => {
    const markdown = notesAsMarkdown([chinese, english], context);
    expect(markdown.startsWith(`# ${demo.meta.company} ${demo.meta.period} — notes`)).toBe(true);
    expect(markdown).toContain(`> ${zhSentence}`);
    expect(markdown).toContain(`${demo.turns[turn]?.speaker}`);
    expect(markdown).toContain(`(https://duet.example/read/demo/t/${turn}#L${english.anchor.line})`);
    expect(markdown).toContain('> Watch \\*this\\* \\[line\\]');
    // English first (reading order).
    expect(markdown.indexOf('(green)')).toBeLessThan(markdown.indexOf('(yellow)'));
  });

  test('CSV: a header, one row per note, quotes doubled, formulas neutralised', () => {
    const formula = { ...english, id: 'f', text: '=HYPERLINK("x")' };
    const csv = notesAsCsv([english, formula], context);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      '"company","period","call","speaker","title","language","quote","partner","note","colour","link","created","updated"',
    );
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
  });

  test('copying a highlight gives the same citation as Copy quote', () => {
    const text = noteCitation(chinese, 'https://duet.example', 'Partner.', 'CEO');
    expect(text).toBe(
      `“Partner.”\n「${zhSentence}」\n— ${chinese.speaker}, CEO · ${demo.meta.company} ${demo.meta.period} earnings call\nhttps://duet.example/read/demo/t/${turn}#L${chinese.anchor.line}`,
    );
  });
});

test('two edits of one note keep both texts', () => {
  expect(mergeNoteTexts('Alpha', 'Beta')).toBe('Alpha\n\nBeta');
  expect(mergeNoteTexts('Alpha', 'Alpha and more')).toBe('Alpha and more');
  expect(mergeNoteTexts('Alpha and more', 'Alpha')).toBe('Alpha and more');
});

test('a notes change from another tab is understood; a damaged one ignored', () => {
  expect(readLibraryChange({ type: 'notes', id: 'abc' })).toEqual({ type: 'notes', id: 'abc' });
  expect(readLibraryChange({ type: 'notes' })).toBeNull();
});
