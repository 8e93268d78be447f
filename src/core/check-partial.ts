/**
 * Partly untranslated paragraphs: a Chinese side that keeps a stretch of the English (beyond names, acronyms and
 * product terms, which are written in Latin letters or capitals), or that ends in an English word.
 */
import type { CheckFinding } from './translation-checks.ts';

/** A run of Latin words in the Chinese, with the ASCII spaces and punctuation between them. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’-]*(?:[ \t,.:;!?()&/"“”'’-]+[A-Za-z0-9][A-Za-z0-9'’-]*)*/g;

/** Plain lower-case English words (not names, acronyms or product names such as iPhone). */
const LOWER_WORD = /^[a-z][a-z'’-]*$/;

/** Lower-case words that Chinese text commonly keeps as they are. */
const KEPT = new Set([
  'email',
  'e-mail',
  'online',
  'offline',
  'blog',
  'beta',
  'alpha',
  'app',
  'apps',
  'wifi',
  'podcast',
  'webinar',
  'token',
  'tokens',
  'bitcoin',
  'crypto',
  'cookie',
  'cookies',
  'et',
  'al',
  'vs',
  'etc',
]);

/** Lower-case words in a run that make it English text rather than a name: at least this many. */
const MIN_RUN_WORDS = 3;
/** A single English word at the very end counts when it is at least this long. */
const MIN_LAST_WORD = 5;

/** Partly untranslated text in the Chinese side of a pair. */
export function checkPartial(en: string, zh: string): CheckFinding[] {
  // Both findings need a lower-case word of three letters or more: most Chinese sides have none.
  if (!/[a-z]{3}/.test(zh)) return [];
  const enWords = new Set(en.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []);
  const tail = zh.replace(/[\s。．.!！?？」』"”'’)）]+$/u, '');
  LATIN_RUN.lastIndex = 0;
  for (let match = LATIN_RUN.exec(zh); match; match = LATIN_RUN.exec(zh)) {
    const text = match[0].replace(/[\s,.:;!?()&/"“”'’-]+$/, '');
    // Words as written: a web address or an e-mail ("investors.example.com") is one word, and not a plain one.
    const words = text
      .split(/[\s,;:!?()&"“”]+/)
      .map((word) => word.replace(/^['’-]+|[.'’-]+$/g, ''))
      .filter((word) => word !== '');
    const english = words.filter((word) => LOWER_WORD.test(word) && !KEPT.has(word) && enWords.has(word.toLowerCase()));
    const span = { text, start: match.index, end: match.index + text.length };
    if (english.length >= MIN_RUN_WORDS) return [{ kind: 'partial', problem: 'english-run', zh: span, words: words.length }];
    const last = words.at(-1) ?? '';
    if (span.end === tail.length && english.includes(last) && last.length >= MIN_LAST_WORD) {
      return [{ kind: 'partial', problem: 'ends-in-english', zh: span, words: words.length }];
    }
  }
  return [];
}
