/**
 * Finds glossary terms in English text in one pass, fast enough for a whole 3 MB call: a character trie of every
 * term's English and forms (lower case, spaces folded), built once per glossary. Matching follows the glossary's
 * rules (src/core/finance-glossary.ts): case-insensitive, whole words, and where two matches overlap the longer
 * wins, then the earlier.
 */
import { FINANCE_GLOSSARY, type GlossaryTerm } from './finance-glossary.ts';

/** One place a glossary term occurs in an English text: `text.slice(start, end)` is the term as written. */
export interface GlossaryHit {
  term: GlossaryTerm;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The term whose phrase ends here, and whether the phrase must end at a word boundary. */
  term: GlossaryTerm | null;
  wordEnd: boolean;
}

const SPACE = 0x20;

const node = (): TrieNode => ({ next: new Map(), term: null, wordEnd: false });

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

/** ASCII lower case (the terms are ASCII; other letters compare as they are). */
function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

interface Trie {
  root: TrieNode;
  /** First characters of phrases that start with a letter or digit (the rest may start anywhere). */
  wordStart: Set<number>;
}

function buildTrie(glossary: readonly GlossaryTerm[]): Trie {
  const root = node();
  const wordStart = new Set<number>();
  for (const term of glossary) {
    for (const phrase of [term.en, ...term.forms]) {
      const folded = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
      if (folded === '') continue;
      let at = root;
      for (let index = 0; index < folded.length; index += 1) {
        const code = folded.charCodeAt(index);
        let child = at.next.get(code);
        if (!child) {
          child = node();
          at.next.set(code, child);
        }
        at = child;
      }
      // The first term to claim a phrase keeps it (forms are unique across terms in the glossary).
      if (!at.term) {
        at.term = term;
        at.wordEnd = isWordChar(folded.charCodeAt(folded.length - 1));
      }
      if (isWordChar(folded.charCodeAt(0))) wordStart.add(folded.charCodeAt(0));
    }
  }
  return { root, wordStart };
}

const tries = new WeakMap<readonly GlossaryTerm[], Trie>();

function trieFor(glossary: readonly GlossaryTerm[]): Trie {
  let trie = tries.get(glossary);
  if (!trie) {
    trie = buildTrie(glossary);
    tries.set(glossary, trie);
  }
  return trie;
}

/** Each term's longest phrase that starts at `start`, as [end, term] pairs (shortest first). */
function phrasesAt(text: string, start: number, root: TrieNode, out: Array<[number, GlossaryTerm]>): void {
  out.length = 0;
  let at: TrieNode | undefined = root;
  let index = start;
  while (at && index < text.length) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      // Any run of spaces in the text stands for the one space of a phrase.
      while (index + 1 < text.length && isSpace(text.charCodeAt(index + 1))) index += 1;
      code = SPACE;
    }
    at = at.next.get(lower(code));
    index += 1;
    const term = at?.term;
    if (term && (!at?.wordEnd || index >= text.length || !isWordChar(text.charCodeAt(index)))) {
      const same = out.findIndex(([, other]) => other === term);
      if (same !== -1) out.splice(same, 1);
      out.push([index, term]);
    }
  }
}

/**
 * Glossary terms in an English text, in reading order, without overlaps. One pass over the text; the trie is built
 * on the first call for a glossary and kept.
 */
export function findGlossaryTerms(en: string, glossary: readonly GlossaryTerm[] = FINANCE_GLOSSARY): GlossaryHit[] {
  const { root, wordStart } = trieFor(glossary);
  const found: GlossaryHit[] = [];
  // Each term is read left to right, a match at a time (as a regular expression of its phrases would).
  const termEnd = new Map<GlossaryTerm, number>();
  const phrases: Array<[number, GlossaryTerm]> = [];
  for (let start = 0; start < en.length; start += 1) {
    const first = lower(en.charCodeAt(start));
    if (!root.next.has(first)) continue;
    // A phrase that starts with a letter or digit starts a word.
    if (wordStart.has(first) && start > 0 && isWordChar(en.charCodeAt(start - 1))) continue;
    phrasesAt(en, start, root, phrases);
    for (const [end, term] of phrases) {
      if ((termEnd.get(term) ?? 0) > start) continue;
      termEnd.set(term, end);
      found.push({ term, start, end });
    }
  }
  if (found.length < 2) return found;
  // Overlaps: the longer match wins, then the earlier one.
  const byStrength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: GlossaryHit[] = [];
  const taken = new Uint8Array(en.length);
  for (const hit of byStrength) {
    let free = true;
    for (let index = hit.start; index < hit.end; index += 1) {
      if (taken[index]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
