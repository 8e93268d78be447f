/**
 * One search over the whole library: an inverted index of folded tokens (Latin words and numbers whole, Chinese as
 * character bigrams) that narrows the paragraph pairs to look at, then the in-call rule (search-fold: case, width,
 * Traditional/Simplified folded, plain substrings) decides. So anything the in-call search finds in a call, the
 * library search finds too, at the same places. docs/decisions/008.
 */
import { alignSentences } from './align-sentences.ts';
import { FINANCE_GLOSSARY } from './finance-glossary.ts';
import { findMatches, foldQuery, foldText, isSearchableQuery, type FoldedText, type FoldTable, type TextRange } from './search-fold.ts';
import { splitChineseSentences, splitEnglishSentences, type Span } from './split-sentences.ts';
import type { Role, Transcript } from './transcript-model.ts';

/** Version of what the library index stores per call; a stored index of another version is rebuilt from the texts. */
export const LIBRARY_INDEX_FORMAT = 2;

/** A speaker of a call as search results name them. */
export interface IndexedSpeaker {
  name: string;
  title: string;
  role: Role;
}

/** One paragraph pair (or summary line: turn -1, Chinese only) of a call. */
export interface IndexedParagraph {
  turn: number;
  paragraph: number;
  /** Index into the call's speakers, or -1 for a summary line. */
  speaker: number;
  en: string | null;
  zh: string | null;
}

/** What the library search keeps of one call: its text by paragraph, and who spoke. */
export interface CallDocument {
  format: number;
  id: string;
  speakers: IndexedSpeaker[];
  paragraphs: IndexedParagraph[];
}

/** What the library knows of a call apart from its text (from its stored summary): for filters and headings. */
export interface CallFacts {
  id: string;
  company: string | null;
  period: string | null;
  title: string;
}

/** The searchable text of a parsed call: every pair in reading order, then the summary lines. */
export function callDocument(id: string, transcript: Transcript): CallDocument {
  const speakers: IndexedSpeaker[] = [];
  const speakerIndex = new Map<string, number>();
  const paragraphs: IndexedParagraph[] = [];
  transcript.turns.forEach((turn, turnIndex) => {
    const key = `${turn.speaker}\u0000${turn.title}\u0000${turn.role}`;
    let speaker = speakerIndex.get(key);
    if (speaker === undefined) {
      speaker = speakers.length;
      speakers.push({ name: turn.speaker, title: turn.title, role: turn.role });
      speakerIndex.set(key, speaker);
    }
    turn.paragraphs.forEach((pair, paragraph) => {
      paragraphs.push({ turn: turnIndex, paragraph, speaker, en: pair.en, zh: pair.zh });
    });
  });
  // The summary (Chinese only, written about the call) after the call's own words: hits show what was said first.
  transcript.summary.forEach((line, paragraph) => paragraphs.push({ turn: -1, paragraph, speaker: -1, en: null, zh: line.zh }));
  return { format: LIBRARY_INDEX_FORMAT, id, speakers, paragraphs };
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

/** Han characters (BMP), as search-fold counts them for "a CJK query". Astral Han stays in word tokens. */
function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Map<number, boolean>();

/** Letters, digits and marks (and surrogate halves) of any script but Han: the characters of word tokens. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  if (isHan(code)) return false;
  let known = wordCache.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(code));
    wordCache.set(code, known);
  }
  return known;
}

type Kind = 0 | 1 | 2; // 0 other, 1 word, 2 Han
function kindOf(code: number): Kind {
  if (isHan(code)) return 2;
  return isWordChar(code) ? 1 : 0;
}

/** A run of one kind in a folded text: [start, end). */
interface Run {
  kind: 1 | 2;
  start: number;
  end: number;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let index = 0;
  while (index < text.length) {
    const kind = kindOf(text.charCodeAt(index));
    if (kind === 0) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length && kindOf(text.charCodeAt(end)) === kind) end += 1;
    runs.push({ kind, start: index, end });
    index = end;
  }
  return runs;
}

/**
 * The tokens of a folded text: each run of word characters whole, each run of Han characters as its bigrams (a
 * lone Han character as itself). Han tokens are marked with a leading U+0001 so the two vocabularies never meet.
 */
export function tokensOf(folded: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(folded)) {
    if (run.kind === 1) tokens.push(folded.slice(run.start, run.end));
    else if (run.end - run.start === 1) tokens.push(HAN + folded.slice(run.start, run.end));
    else for (let k = run.start; k + 1 < run.end; k += 1) tokens.push(HAN + folded.slice(k, k + 2));
  }
  return tokens;
}

const HAN = '\u0001';
/** Between the folded English and Chinese of a pair: no query holds it (queries lose control characters). */
const SIDE_BREAK = '\u0002';

// ---------------------------------------------------------------------------------------------------------------
// Queries

/** How a query is read: quoted parts are phrases, the rest words; every part must be in the pair (either language). */
export interface ParsedQuery {
  /** The folded parts (phrases and words), each searched as a plain substring. */
  terms: string[];
  /**
   * What is searched, one group per term: the term, and for a word that is a finance-glossary term, its renderings in
   * the other language (加密貨幣 also finds "crypto"); a pair matches when every group has one of its forms.
   */
  groups: string[][];
  /** Forms added from the glossary, folded (shown as "also searched"). */
  added: string[];
  /** The query has something to search for. */
  searchable: boolean;
}

let glossaryForms: Map<string, string[]> | null = null;
let glossaryTable: FoldTable | null = null;

/** Folded glossary form → every folded form of its term, English and Chinese (built once per table). */
function glossaryLookup(table: FoldTable): Map<string, string[]> {
  if (glossaryForms && glossaryTable === table) return glossaryForms;
  const map = new Map<string, string[]>();
  for (const term of FINANCE_GLOSSARY) {
    const forms = [
      ...new Set([term.en, ...term.forms, ...term.zh].map((form) => foldQuery(form, table)).filter((form) => isSearchableQuery(form))),
    ];
    for (const form of forms) {
      const known = map.get(form) ?? [];
      map.set(form, [...new Set([...known, ...forms])]);
    }
  }
  glossaryForms = map;
  glossaryTable = table;
  return map;
}

/**
 * Splits a query into folded terms: "net expansion rate" (in quotes) is one term, searched as it is; other words are
 * terms of their own, and a word that is a finance-glossary term also finds its renderings in the other language.
 */
export function parseLibraryQuery(query: string, table: FoldTable): ParsedQuery {
  // eslint-disable-next-line no-control-regex
  const clean = query.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const terms: string[] = [];
  const groups: string[][] = [];
  const added: string[] = [];
  const lookup = glossaryLookup(table);
  const add = (text: string, expand: boolean) => {
    const folded = foldQuery(text, table);
    if (!isSearchableQuery(folded) || terms.includes(folded)) return;
    terms.push(folded);
    const forms = expand ? (lookup.get(folded) ?? [folded]) : [folded];
    groups.push([folded, ...forms.filter((form) => form !== folded)]);
    for (const form of forms) if (form !== folded && !added.includes(form)) added.push(form);
  };
  const quoted = /["“”「」『』＂]([^"“”「」『』＂]*)["“”「」『』＂]?/g;
  let last = 0;
  for (const match of clean.matchAll(quoted)) {
    for (const word of clean.slice(last, match.index).split(/\s+/)) add(word, true);
    add(match[1] ?? '', false);
    last = match.index + match[0].length;
  }
  for (const word of clean.slice(last).split(/\s+/)) add(word, true);
  // Words too short to search on their own ("a a"): the whole query, as the in-call search would take it.
  if (terms.length === 0) add(clean, false);
  return { terms, groups, added, searchable: terms.length > 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// The index

/** Filters of a library search; empty lists filter nothing. */
export interface LibraryFilters {
  companies?: readonly string[];
  periods?: readonly string[];
  roles?: readonly Role[];
}

/** One matching pair, ready to show: the matching sentence in both languages, with the matches marked. */
export interface LibraryHit {
  turn: number;
  paragraph: number;
  /** 1-based number of the pair's English sentence in its turn, as the reader's `#s<n>` names it; null for the summary. */
  sentence: number | null;
  speaker: IndexedSpeaker | null;
  en: { text: string; marks: TextRange[] } | null;
  zh: { text: string; marks: TextRange[] } | null;
}

/** The matches in one call. */
export interface CallResult {
  id: string;
  company: string | null;
  period: string | null;
  title: string;
  /** Pairs that match. */
  pairs: number;
  /** The first matching pairs, in reading order. */
  hits: LibraryHit[];
}

export interface LibrarySearchResult {
  terms: string[];
  /** Renderings in the other language searched too (from the finance glossary). */
  added: string[];
  /** The first calls that match (up to `callLimit`), most matches first (then newest period); each with its first hits. */
  calls: CallResult[];
  /** Calls that match, all of them (only the first `callLimit` are in `calls`). */
  callCount: number;
  /** Matching pairs over every call. */
  pairs: number;
}

export interface SearchOptions {
  filters?: LibraryFilters;
  /** Calls returned with their hits (the rest are counted only, in `callCount`). */
  callLimit?: number;
  /** Hits per call. */
  hitsPerCall?: number;
}

interface CallSlot {
  facts: CallFacts;
  document: CallDocument;
  alive: boolean;
  /** `periodRank` of its period (ranks calls with as many matches: newest first). */
  rank: number;
  /** First pair id of the call. */
  first: number;
  /** Per paragraph: English sentences of the turn before it (for `#s<n>`), made when a hit first needs it. */
  sentenceBase?: Int32Array;
}

/**
 * A call's own postings, compact, to store with it so that a later visit reads them instead of tokenizing the text
 * again: its tokens (joined by U+0000, which no token holds) and for each token, from `offsets[k]` to
 * `offsets[k + 1]`, the call's pair numbers (0-based, ascending) that hold it.
 */
export interface CallPostings {
  tokens: string;
  offsets: Uint32Array;
  pairs: Uint16Array | Uint32Array;
}

/** The postings of one call's folded pairs. */
export function callPostings(folded: readonly string[]): CallPostings {
  const lists = new Map<string, number[]>();
  let total = 0;
  folded.forEach((text, pair) => {
    for (const token of new Set(tokensOf(text))) {
      const list = lists.get(token);
      if (list) list.push(pair);
      else lists.set(token, [pair]);
      total += 1;
    }
  });
  const offsets = new Uint32Array(lists.size + 1);
  const pairs = folded.length <= 0xffff ? new Uint16Array(total) : new Uint32Array(total);
  let at = 0;
  let k = 0;
  for (const list of lists.values()) {
    offsets[k] = at;
    pairs.set(list, at);
    at += list.length;
    k += 1;
  }
  offsets[k] = at;
  return { tokens: [...lists.keys()].join('\u0000'), offsets, pairs };
}

/** True when stored postings have the shape `callPostings` makes (anything else is rebuilt from the text). */
export function isCallPostings(value: unknown, pairCount: number): value is CallPostings {
  if (typeof value !== 'object' || value === null) return false;
  const { tokens, offsets, pairs } = value as Partial<CallPostings>;
  if (typeof tokens !== 'string' || !(offsets instanceof Uint32Array) || !(pairs instanceof Uint16Array || pairs instanceof Uint32Array))
    return false;
  const count = tokens === '' ? 0 : tokens.split('\u0000').length;
  if (offsets.length !== count + 1 || offsets[count] !== pairs.length) return false;
  for (const pair of pairs) if (pair >= pairCount) return false;
  return true;
}

/** "Q4 2023" → 20234 (sorts by time); anything else → 0. */
export function periodRank(period: string | null): number {
  const match = /^Q([1-4]) (\d{4})$/.exec(period ?? '');
  return match ? Number(match[2]) * 10 + Number(match[1]) : 0;
}

/** What showing a pair needs whatever the query: its folded sides, their sentences, and their alignment once asked. */
interface PairView {
  enFolded: FoldedText | null;
  zhFolded: FoldedText | null;
  enSpans: Span[];
  zhSpans: Span[];
  links: ReturnType<typeof alignSentences>['links'] | null;
}

/** Pairs whose view is kept: the hits of a few pages of results. */
const VIEWS_KEPT = 600;

/** Small growable list of ascending ids. */
type Postings = number[];

/** Memory the index holds, roughly: texts and maps as UTF-16/typed arrays, postings at 4 bytes an entry. */
export interface IndexStats {
  calls: number;
  pairs: number;
  tokens: number;
  postings: number;
  /** Characters of folded text kept for matching. */
  foldedChars: number;
  /** Characters of original text kept for showing results. */
  textChars: number;
}

/**
 * The library search index. Pairs get ids in the order calls are added; a removed call's pairs are skipped (and the
 * space reclaimed by `compact`, which rebuilds from the documents kept).
 */
export class LibraryIndex {
  private readonly table: FoldTable;
  private slots: CallSlot[] = [];
  private readonly byId = new Map<string, number>();
  /** Per pair: its call slot, its index in the call's paragraphs, its folded text (English, SIDE_BREAK, Chinese). */
  private pairSlot: number[] = [];
  private pairParagraph: number[] = [];
  private pairText: string[] = [];
  private postings = new Map<string, Postings>();
  private wordVocabulary: string[] = [];
  private hanVocabulary: string[] = [];
  private dead = 0;
  /** What showing a pair needs apart from the query (folded text, sentences, alignment), for the pairs shown lately. */
  private readonly views = new Map<number, PairView>();
  /** The last search's matching pairs: a longer query typed after it is looked for among them only. */
  private last: { groups: string[][]; filters: string; pairs: number[] } | null = null;

  constructor(table: FoldTable) {
    this.table = table;
  }

  /**
   * Adds a call (replacing an earlier copy of it). `folded` is what `foldedTexts` gave for the same document with the
   * same table (kept with the stored index, it saves folding the text again).
   */
  add(document: CallDocument, facts: CallFacts, folded?: readonly string[], postings?: CallPostings): CallPostings {
    if (this.byId.has(document.id)) this.remove(document.id);
    this.last = null;
    this.views.clear();
    const slot = this.slots.length;
    const first = this.pairText.length;
    this.slots.push({ facts, document, alive: true, rank: periodRank(facts.period), first });
    this.byId.set(document.id, slot);
    const texts = document.paragraphs.map((pair, index) => folded?.[index] ?? foldPair(pair, this.table));
    for (const [index, text] of texts.entries()) {
      this.pairSlot.push(slot);
      this.pairParagraph.push(index);
      this.pairText.push(text);
    }
    const own = postings ?? callPostings(texts);
    const tokens = own.tokens === '' ? [] : own.tokens.split('\u0000');
    const { offsets, pairs } = own;
    for (const [k, token] of tokens.entries()) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
        if (token.startsWith(HAN)) this.hanVocabulary.push(token);
        else this.wordVocabulary.push(token);
      }
      const end = offsets[k + 1] ?? 0;
      for (let at = offsets[k] ?? 0; at < end; at += 1) list.push(first + (pairs[at] ?? 0));
    }
    return own;
  }

  /** The folded text of each pair of a call, as the index keeps it (to store with the call). */
  foldedTexts(id: string): string[] {
    const slot = this.byId.get(id);
    const call = slot === undefined ? undefined : this.slots[slot];
    return call ? this.pairText.slice(call.first, call.first + call.document.paragraphs.length) : [];
  }

  /** Drops a call; its pairs are no longer found. */
  remove(id: string): void {
    const slot = this.byId.get(id);
    if (slot === undefined) return;
    this.last = null;
    this.views.clear();
    const call = this.slots[slot];
    if (call) call.alive = false;
    this.byId.delete(id);
    this.dead += call?.document.paragraphs.length ?? 0;
    if (this.dead > this.pairText.length / 2) this.compact();
  }

  /** Updates what is known of a call (company, period, title) without indexing it again. */
  updateFacts(facts: CallFacts): void {
    const slot = this.byId.get(facts.id);
    const call = slot === undefined ? undefined : this.slots[slot];
    if (call) {
      call.facts = facts;
      call.rank = periodRank(facts.period);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Rebuilds from the live calls (after many removals). */
  compact(): void {
    const live = this.slots.filter((slot) => slot.alive);
    const previous = this.pairText;
    this.slots = [];
    this.byId.clear();
    this.pairSlot = [];
    this.pairParagraph = [];
    this.pairText = [];
    this.postings = new Map();
    this.wordVocabulary = [];
    this.hanVocabulary = [];
    this.dead = 0;
    this.last = null;
    this.views.clear();
    for (const slot of live) this.add(slot.document, slot.facts, previous.slice(slot.first, slot.first + slot.document.paragraphs.length));
  }

  stats(): IndexStats {
    let postings = 0;
    for (const list of this.postings.values()) postings += list.length;
    let foldedChars = 0;
    for (const text of this.pairText) foldedChars += text.length;
    let textChars = 0;
    for (const slot of this.slots)
      for (const pair of slot.document.paragraphs) textChars += (pair.en?.length ?? 0) + (pair.zh?.length ?? 0);
    return { calls: this.byId.size, pairs: this.pairText.length - this.dead, tokens: this.postings.size, postings, foldedChars, textChars };
  }

  /** Pair ids that may hold `term` (a superset of those that do), or null when the index cannot narrow it (no tokens). */
  private candidates(term: string): Postings[] | null {
    const runs = runsOf(term);
    if (runs.length === 0) return null;
    const lists: Postings[] = [];
    for (const run of runs) {
      const text = term.slice(run.start, run.end);
      if (run.kind === 2) {
        if (text.length >= 2) {
          for (let k = 0; k + 1 < text.length; k += 1) lists.push(this.union([HAN + text.slice(k, k + 2)]));
        } else {
          lists.push(this.union(this.hanVocabulary.filter((token) => token.includes(text))));
        }
        continue;
      }
      const open = run.start === 0; // the text's token may go on before it
      const close = run.end === term.length; // … or after it
      let tokens: string[];
      if (!open && !close) tokens = this.postings.has(text) ? [text] : [];
      else if (open && close) tokens = this.wordVocabulary.filter((token) => token.includes(text));
      else if (open) tokens = this.wordVocabulary.filter((token) => token.endsWith(text));
      else tokens = this.wordVocabulary.filter((token) => token.startsWith(text));
      lists.push(this.union(tokens));
    }
    return lists;
  }

  /** The ascending union of the postings of some tokens. */
  private union(tokens: readonly string[]): Postings {
    if (tokens.length === 1) return this.postings.get(tokens[0] ?? '') ?? [];
    return this.unionLists(tokens.map((token) => this.postings.get(token) ?? []));
  }

  /** The ascending union of lists of pair ids (marked in one pass over the pairs, no sorting). */
  private unionLists(lists: readonly Postings[]): Postings {
    const seen = new Uint8Array(this.pairText.length);
    let count = 0;
    for (const list of lists) {
      for (const id of list) {
        if (seen[id] === 0) {
          seen[id] = 1;
          count += 1;
        }
      }
    }
    const out: number[] = new Array<number>(count);
    let at = 0;
    for (let id = 0; id < seen.length; id += 1) if (seen[id] === 1) out[at++] = id;
    return out;
  }

  /** Candidates of one form (intersection of its runs' lists), and whether holding them is the match itself. */
  private formCandidates(form: string): { list: Postings | null; exact: boolean } {
    const lists = this.candidates(form);
    if (lists === null) return { list: null, exact: false };
    const runs = runsOf(form);
    const run = runs[0];
    // One word run spanning the whole form (or one bigram, or one Han character): the token is the match itself.
    const exact =
      runs.length === 1 && run !== undefined && run.start === 0 && run.end === form.length && (run.kind === 1 || form.length <= 2);
    return { list: intersect([...lists].sort((a, b) => a.length - b.length)), exact };
  }

  /** Every pair that holds, for every group, one of its forms, by the in-call rule; ascending pair ids. */
  private matchingPairs(groups: readonly (readonly string[])[], keep: ((pair: number) => boolean) | null, within?: Postings): number[] {
    const lists: Postings[] = within ? [within] : [];
    /**
     * What is left to check per group, for a pair among its candidates: its forms whose tokens are not the match itself
     * (`forms`), unless the pair holds one whose tokens are (`confirmed`, marked by pair id; null when no form is).
     */
    const checks: { forms: readonly string[]; confirmed: Uint8Array | null }[] = [];
    for (const group of groups) {
      const found = group.map((form) => this.formCandidates(form));
      if (found.some((entry) => entry.list === null)) {
        checks.push({ forms: group, confirmed: null });
        continue;
      }
      const inexact = group.filter((_, k) => !found[k]?.exact);
      if (inexact.length > 0) {
        const exactLists = found.filter((entry) => entry.exact).map((entry) => entry.list ?? []);
        let confirmed: Uint8Array | null = null;
        if (exactLists.length > 0) {
          confirmed = new Uint8Array(this.pairText.length);
          for (const list of exactLists) for (const id of list) confirmed[id] = 1;
        }
        checks.push({ forms: inexact, confirmed });
      }
      lists.push(found.length === 1 ? (found[0]?.list ?? []) : this.unionLists(found.map((entry) => entry.list ?? [])));
    }
    const ids: Iterable<number> = lists.length === 0 ? this.pairText.keys() : intersect(lists.sort((a, b) => a.length - b.length));
    const out: number[] = [];
    // Every call alive and no filter: nothing to look up per pair.
    const all = this.dead === 0 && keep === null;
    for (const id of ids) {
      if (!all) {
        const slot = this.slots[this.pairSlot[id] ?? -1];
        if (!slot?.alive || (keep !== null && !keep(id))) continue;
      }
      if (checks.length > 0) {
        const text = this.pairText[id] ?? '';
        if (!checks.every(({ forms, confirmed }) => confirmed?.[id] === 1 || forms.some((form) => text.includes(form)))) continue;
      }
      out.push(id);
    }
    return out;
  }

  /** Searches the library: calls with every term in one pair (English or Chinese), grouped, with their first hits. */
  search(query: string | ParsedQuery, options: SearchOptions = {}): LibrarySearchResult {
    const parsed = typeof query === 'string' ? parseLibraryQuery(query, this.table) : query;
    const { filters = {}, callLimit = 50, hitsPerCall = 3 } = options;
    const result: LibrarySearchResult = { terms: parsed.terms, added: parsed.added, calls: [], callCount: 0, pairs: 0 };
    if (!parsed.searchable) return result;
    const companies = filters.companies?.length ? new Set(filters.companies) : null;
    const periods = filters.periods?.length ? new Set(filters.periods) : null;
    const roles = filters.roles?.length ? new Set<Role>(filters.roles) : null;
    // Per call: whether its company and period pass (looked up once per call, not per pair).
    const slotAllowed = companies || periods ? new Int8Array(this.slots.length) : null;
    const keep =
      slotAllowed === null && roles === null
        ? null
        : (pair: number) => {
            const slotIndex = this.pairSlot[pair] ?? -1;
            const slot = this.slots[slotIndex];
            if (!slot) return false;
            if (slotAllowed !== null) {
              let allowed = slotAllowed[slotIndex] ?? 0;
              if (allowed === 0) {
                const { company, period } = slot.facts;
                allowed = (!companies || companies.has(company ?? '')) && (!periods || periods.has(period ?? '')) ? 1 : -1;
                slotAllowed[slotIndex] = allowed;
              }
              if (allowed < 0) return false;
            }
            if (!roles) return true;
            const paragraph = slot.document.paragraphs[this.pairParagraph[pair] ?? -1];
            const speaker = paragraph ? slot.document.speakers[paragraph.speaker] : undefined;
            return !!speaker && roles.has(speaker.role);
          };
    // Typing on: a query whose every match is a match of the last one (each of the last one's groups implied by one
    // of this one's) is looked for among the last one's matches.
    const filterKey = JSON.stringify([filters.companies ?? [], filters.periods ?? [], filters.roles ?? []]);
    const last = this.last;
    const narrows = last !== null && last.filters === filterKey && implies(parsed.groups, last.groups);
    const pairs = this.matchingPairs(parsed.groups, keep, narrows ? last.pairs : undefined);
    this.last = { groups: parsed.groups, filters: filterKey, pairs };
    // Pair ids ascend call by call (a call's pairs are one run of ids), so the matches of a call are one run of `pairs`.
    const runs: { slot: number; from: number; count: number }[] = [];
    for (let at = 0; at < pairs.length;) {
      const slot = this.pairSlot[pairs[at] ?? 0] ?? -1;
      let end = at + 1;
      while (end < pairs.length && this.pairSlot[pairs[end] ?? 0] === slot) end += 1;
      runs.push({ slot, from: at, count: end - at });
      at = end;
    }
    result.pairs = pairs.length;
    result.callCount = runs.length;
    const rankOf = (slot: number) => this.slots[slot]?.rank ?? 0;
    const order = runs.sort(
      (a, b) =>
        b.count - a.count ||
        rankOf(b.slot) - rankOf(a.slot) ||
        (this.slots[a.slot]?.facts.title ?? '').localeCompare(this.slots[b.slot]?.facts.title ?? ''),
    );
    const terms = parsed.groups.flat();
    result.calls = order.slice(0, callLimit).map((run) => {
      const slot = this.slots[run.slot] as CallSlot;
      const { id, company, period, title } = slot.facts;
      const hits = pairs.slice(run.from, run.from + Math.min(run.count, hitsPerCall)).map((pair) => this.hit(slot, pair, terms));
      return { id, company, period, title, pairs: run.count, hits };
    });
    return result;
  }

  /** The hits of one call beyond the first ones (for "show all in this call"). */
  callHits(id: string, query: string | ParsedQuery, options: { filters?: LibraryFilters; limit?: number } = {}): LibraryHit[] {
    const slotIndex = this.byId.get(id);
    if (slotIndex === undefined) return [];
    const slot = this.slots[slotIndex] as CallSlot;
    const parsed = typeof query === 'string' ? parseLibraryQuery(query, this.table) : query;
    if (!parsed.searchable) return [];
    const hits: LibraryHit[] = [];
    const limit = options.limit ?? 200;
    const last = slot.first + slot.document.paragraphs.length;
    for (const pair of this.matchingPairs(parsed.groups, (pairId) => pairId >= slot.first && pairId < last)) {
      if (hits.length >= limit) break;
      const hit = this.hit(slot, pair, parsed.groups.flat());
      if (passesRole(hit, options.filters)) hits.push(hit);
    }
    return hits;
  }

  /** What showing a pair needs whatever the query: kept for the pairs shown lately (the top calls change little as one types). */
  private view(pair: number, paragraph: IndexedParagraph): PairView {
    const known = this.views.get(pair);
    if (known) {
      // Most recently used last: the oldest is the first dropped.
      this.views.delete(pair);
      this.views.set(pair, known);
      return known;
    }
    const view: PairView = {
      enFolded: paragraph.en === null || paragraph.en === '' ? null : foldText(paragraph.en, this.table),
      zhFolded: paragraph.zh === null || paragraph.zh === '' ? null : foldText(paragraph.zh, this.table),
      enSpans: paragraph.en === null ? [] : splitEnglishSentences(paragraph.en),
      zhSpans: paragraph.zh === null ? [] : splitChineseSentences(paragraph.zh),
      links: null,
    };
    this.views.set(pair, view);
    if (this.views.size > VIEWS_KEPT) {
      const oldest = this.views.keys().next();
      if (!oldest.done) this.views.delete(oldest.value);
    }
    return view;
  }

  /** A matching pair as shown: the sentence of its first match and its partner, with every match in them marked. */
  private hit(slot: CallSlot, pair: number, terms: readonly string[]): LibraryHit {
    const index = this.pairParagraph[pair] ?? 0;
    const paragraph = slot.document.paragraphs[index] as IndexedParagraph;
    const speaker = slot.document.speakers[paragraph.speaker] ?? null;
    const en = paragraph.en ?? '';
    const zh = paragraph.zh ?? '';
    const view = this.view(pair, paragraph);
    const enMatches = matchRanges(view.enFolded, terms);
    const zhMatches = matchRanges(view.zhFolded, terms);
    const { enSpans, zhSpans } = view;
    let enSentence: number | null = null;
    let zhSentences: number[] = [];
    const first = (spans: Span[], ranges: TextRange[]) => {
      const start = ranges[0]?.start;
      return start === undefined ? -1 : spans.findIndex((span) => start >= span.start && start < span.end);
    };
    const enFirst = first(enSpans, enMatches);
    const zhFirst = first(zhSpans, zhMatches);
    if (paragraph.en !== null && paragraph.zh !== null && enSpans.length > 0 && zhSpans.length > 0) {
      view.links ??= alignSentences(en, zh, enSpans, zhSpans).links;
      const { links } = view;
      const link = enFirst >= 0 ? links.find(([enSide]) => enSide.includes(enFirst)) : links.find(([, zhSide]) => zhSide.includes(zhFirst));
      enSentence = link?.[0][0] ?? (enFirst >= 0 ? enFirst : null);
      zhSentences = link?.[1] ?? [];
      if (zhSentences.length === 0 && zhFirst >= 0) zhSentences = [zhFirst];
      if (enSentence === null && enFirst >= 0) enSentence = enFirst;
    } else {
      enSentence = enFirst >= 0 ? enFirst : enSpans.length > 0 ? 0 : null;
      zhSentences = zhFirst >= 0 ? [zhFirst] : zhSpans.length > 0 ? [0] : [];
    }
    const piece = (text: string, from: Span | undefined, to: Span | undefined, ranges: TextRange[]) => {
      if (!from || !to) return null;
      const start = from.start;
      const end = to.end;
      return {
        text: text.slice(start, end).trim(),
        marks: ranges
          .filter((range) => range.start >= start && range.end <= end)
          .map((range) => ({ start: range.start - start - leading(text, start), end: range.end - start - leading(text, start) })),
      };
    };
    const enSpan = enSentence === null ? undefined : enSpans[enSentence];
    const zhFromSpan = zhSpans[zhSentences[0] ?? -1];
    const zhToSpan = zhSpans[zhSentences[zhSentences.length - 1] ?? -1];
    let sentence: number | null = null;
    // The sentence holding the match (not the first of its aligned group): the reader lights the group that holds it,
    // whichever way its own sentence model groups them.
    if (paragraph.turn >= 0 && paragraph.en !== null) {
      sentence = (enFirst >= 0 ? enFirst : (enSentence ?? 0)) + 1 + (sentenceBases(slot)[index] ?? 0);
    }
    return {
      turn: paragraph.turn,
      paragraph: paragraph.paragraph,
      sentence,
      speaker,
      en: piece(en, enSpan, enSpan, enMatches),
      zh: piece(zh, zhFromSpan, zhToSpan, zhMatches),
    };
  }
}

/** Per paragraph of a call: how many English sentences its turn has before it (counted once per call). */
function sentenceBases(slot: CallSlot): Int32Array {
  if (slot.sentenceBase) return slot.sentenceBase;
  const bases = new Int32Array(slot.document.paragraphs.length);
  let turn = Number.NaN;
  let count = 0;
  slot.document.paragraphs.forEach((paragraph, index) => {
    if (paragraph.turn !== turn) {
      turn = paragraph.turn;
      count = 0;
    }
    bases[index] = count;
    if (paragraph.en !== null) count += splitEnglishSentences(paragraph.en).length;
  });
  slot.sentenceBase = bases;
  return bases;
}

/** True when every pair holding `groups` also holds `earlier` (each earlier group implied by one of these). */
function implies(groups: readonly (readonly string[])[], earlier: readonly (readonly string[])[]): boolean {
  return earlier.every((old) => groups.some((group) => group.every((form) => old.some((oldForm) => form.includes(oldForm)))));
}

/** A pair's folded English and Chinese, with a break no query can cross. */
function foldPair(pair: IndexedParagraph, table: FoldTable): string {
  const en = pair.en === null ? '' : foldText(pair.en, table).text;
  const zh = pair.zh === null ? '' : foldText(pair.zh, table).text;
  return en + SIDE_BREAK + zh;
}

function passesRole(hit: LibraryHit, filters: LibraryFilters | undefined): boolean {
  if (!filters?.roles?.length) return true;
  return hit.speaker !== null && filters.roles.includes(hit.speaker.role);
}

/** White space at the start of a sentence (trimmed when shown). */
function leading(text: string, start: number): number {
  let count = 0;
  while (/\s/.test(text[start + count] ?? '')) count += 1;
  return count;
}

/** Every match of every term in a (folded) text, as ranges of the original text, in order, not overlapping. */
function matchRanges(folded: FoldedText | null, terms: readonly string[]): TextRange[] {
  if (folded === null) return [];
  const ranges = terms.flatMap((term) => findMatches(folded, term, 200)).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** Intersection of ascending lists (shortest first). */
function intersect(lists: readonly Postings[]): number[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  let current = first;
  for (const list of rest) {
    const out: number[] = [];
    let j = 0;
    for (const id of current) {
      while (j < list.length && (list[j] ?? 0) < id) j += 1;
      if (j >= list.length) break;
      if (list[j] === id) out.push(id);
    }
    current = out;
    if (current.length === 0) break;
  }
  return current;
}

/** Every call's facts in the index, for the filters' choices: companies and periods present. */
export function factsChoices(calls: readonly CallFacts[]): { companies: string[]; periods: string[] } {
  const companies = [...new Set(calls.map((call) => call.company).filter((value): value is string => !!value))].sort();
  const periods = [...new Set(calls.map((call) => call.period).filter((value): value is string => !!value))].sort(
    (a, b) => periodRank(b) - periodRank(a) || a.localeCompare(b),
  );
  return { companies, periods };
}
