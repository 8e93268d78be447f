/**
 * Sentence splitting for the two sides of a paragraph pair. Lossless: the spans cover the text exactly,
 * in order, without overlap, so joining the slices gives the paragraph back. Spaces after a sentence belong
 * to it; spaces before the first sentence belong to the first one. See docs/decisions/006.
 */

/** A sentence: offsets into the paragraph string, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Latin abbreviations that never end a sentence: the next word belongs with them. */
const NEVER_END = new Set(['vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'viz']);

/** Titles before a name, written capitalised ("Mr. Lawson", "Dr. Chen"); "a field rep. And" is not one. */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Rev', 'Hon', 'Messrs']);

/** Abbreviations that may also end a sentence ("… Brightwater Inc. We …"): an end only before a word that starts sentences. */
const MAY_END = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'bros',
  'jr',
  'sr',
  'etc',
  'dept',
  'est',
  'al',
  'u.s',
  'u.k',
  'u.s.a',
  'a.m',
  'p.m',
]);

/** Month abbreviations: not an end before a number ("Jan. 15"), else like MAY_END. */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Closed-class words (pronouns, determiners, conjunctions, prepositions, discourse words) that start sentences.
 * After an ambiguous abbreviation or an initial, a capitalised word ends the sentence only if it is one of these:
 * "Priya R. Natarajan" stays whole, "in the U.S. We expect" splits.
 */
const STARTERS = new Set(
  (
    'i we you he she it they this that these those there here the a an our my your their his her its and but so or nor ' +
    'now then also as in on at for from with without within if when while where what why how who which whether yes no ' +
    'okay ok thank thanks well great sure right good again finally first second third next lastly overall turning moving ' +
    'looking let please maybe perhaps just of to over by after before during today given because although though however ' +
    'additionally further furthermore moreover similarly importantly specifically yeah hi hello one all both each every ' +
    'some many most more not only even still yet since until unless once'
  ).split(' '),
);

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set([...'"\'”’)]}»」』）】〕》〉］｝＂＇']);
/** Opening quotes and brackets skipped when looking at the first word of the next sentence. */
const OPENERS = new Set([...'"\'“‘([{«「『（【〔《〈［｛＂＇']);

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLower = (char: string | undefined): boolean => char !== undefined && /\p{Ll}/u.test(char);
/** CJK ideographs, kana, CJK punctuation and full-width forms. */
const isCjk = (char: string | undefined): boolean =>
  char !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(char);

/** The Latin word just before `index` (letters, digits, inner periods, apostrophes, hyphens, ampersands). */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[A-Za-z0-9.'’&-]/.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, index);
}

/** The first word of the text from `index`, past opening quotes and brackets: its letters, or its first character. */
function nextWord(text: string, index: number): string {
  let at = index;
  while (at < text.length && OPENERS.has(text.charAt(at))) at += 1;
  let end = at;
  while (end < text.length && end - at < 24 && /[A-Za-z]/.test(text.charAt(end))) end += 1;
  return end > at ? text.slice(at, end) : text.charAt(at);
}

/**
 * Whether a single "." ends a sentence, given the word before it and the next word (after the spaces).
 * `next` never starts with a lowercase letter here (the caller has ruled that out).
 */
function periodEnds(before: string, next: string): boolean {
  const word = before.toLowerCase();
  const startsSentence = STARTERS.has(next.toLowerCase());
  if (NEVER_END.has(word) || TITLES.has(before)) return false;
  if ((word === 'no' || word === 'nos') && (isDigit(next) || next === '#')) return false;
  if (MONTHS.has(word) && before.charAt(0) !== before.charAt(0).toLowerCase()) return !isDigit(next) && startsSentence;
  if (MAY_END.has(word)) return startsSentence;
  // An initial ("Priya R. Natarajan", "J.P. Morgan") or a dotted abbreviation ("U.S.A.").
  if (/^[A-Z]$/.test(before) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)) return startsSentence;
  return true;
}

type Script = 'en' | 'zh';

/**
 * Whether the terminator run text[from, to) ends a sentence, `next` being the index of the first character
 * after the closers and spaces that follow it (text.length at the end), `spaced` whether spaces came between.
 */
function runEnds(text: string, from: number, to: number, next: number, spaced: boolean, script: Script): boolean {
  if (next >= text.length) return false; // the last sentence runs to the end anyway
  const run = text.slice(from, to);
  const after = text.charAt(next);
  if (script === 'zh' && /[。！？；｡]/.test(run)) return true;
  if (!spaced) {
    // Only Chinese text may start a sentence right after a half-width terminator ("…growth.我們"), or after ";".
    if (script !== 'zh' || !isCjk(after)) return false;
    if (run.includes('?') || run.includes('!') || run.includes(';')) return true;
    return run === '.' && !isAbbreviation(wordBefore(text, from));
  }
  const word = nextWord(text, next);
  if (isLower(word.charAt(0))) return false;
  if (run.includes('?') || run.includes('!')) return true;
  if (script === 'zh' && run === ';') return true;
  if (run !== '.') return false; // an ellipsis ("...", "…") or a semicolon in English
  return periodEnds(wordBefore(text, from), word);
}

/** Whether a word is one of the abbreviations or an initial (for a period directly followed by Chinese). */
function isAbbreviation(before: string): boolean {
  const word = before.toLowerCase();
  return (
    NEVER_END.has(word) ||
    TITLES.has(before) ||
    MAY_END.has(word) ||
    MONTHS.has(word) ||
    /^[A-Z]$/.test(before) ||
    /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)
  );
}

const ENGLISH_TERMINATORS = /[.?!…]/g;
const CHINESE_TERMINATORS = /[.?!;…。！？；｡]/g;
const RUN_CHAR = /[.?!;…。！？；｡]/;

function split(text: string, script: Script): Span[] {
  if (text.length === 0) return [];
  const spans: Span[] = [];
  const pattern = script === 'en' ? ENGLISH_TERMINATORS : CHINESE_TERMINATORS;
  pattern.lastIndex = 0;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const from = match.index;
    let to = from + 1;
    while (to < text.length && RUN_CHAR.test(text.charAt(to)) && (script === 'zh' || text.charAt(to) !== ';')) to += 1;
    let close = to;
    while (close < text.length && CLOSERS.has(text.charAt(close))) close += 1;
    let next = close;
    while (next < text.length && isSpace(text.charAt(next))) next += 1;
    pattern.lastIndex = to;
    if (from > start && hasText(text, start, from) && runEnds(text, from, to, next, next > close, script)) {
      spans.push({ start, end: next });
      start = next;
      pattern.lastIndex = next;
    }
  }
  spans.push({ start, end: text.length });
  return spans;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether text[start, end) holds something other than spaces and punctuation (a sentence needs words). */
function hasText(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0x80 && WORD.test(text.charAt(index))) return true;
  }
  return false;
}

/**
 * English sentences. Ends: "?", "!", and "." followed by a space and a word that does not start in lowercase,
 * except after titles and Latin abbreviations (Mr., Dr., vs., e.g., approx.), "No." before a number, a month
 * before a number, and — unless the next word is one that starts sentences — after Inc., Corp., Co., Ltd.,
 * U.S., etc. and initials. Decimals, URLs and ellipses are not ends; closing quotes and brackets stay.
 */
export function splitEnglishSentences(text: string): Span[] {
  return split(text, 'en');
}

/**
 * Chinese sentences: ends at 。！？；(always) and at their half-width forms . ! ? ; — a "." only when it is not
 * between digits, and English passages inside the Chinese (untranslated parts) are split by the English rules.
 * Closing quotes and brackets after the mark stay with the sentence.
 */
export function splitChineseSentences(text: string): Span[] {
  return split(text, 'zh');
}
