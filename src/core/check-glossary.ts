/**
 * Glossary breaks: an English term of the finance glossary whose Chinese side holds one of the renderings the
 * glossary lists as wrong for it (lapped → 承受, go-to-market → 上市, color → 顏色), outside the term's own right
 * renderings (宏 is wrong for "macro", 宏觀 is right). A few terms also have a literal sense in which the "wrong"
 * rendering is right (a ride-hailing driver is a 司機); the English around the term says which.
 */
import { FINANCE_GLOSSARY, type GlossaryTerm } from './finance-glossary.ts';
import { findGlossaryTerms } from './find-glossary-terms.ts';
import type { CheckFinding, Quote } from './translation-checks.ts';

/**
 * English that gives a term its literal sense, by the term's canonical English: tested against the sentence that
 * holds the term (`sentence`) and the text right after it (`after`).
 */
const LITERAL: Readonly<Record<string, { sentence?: RegExp; before?: RegExp; after?: RegExp; unless?: RegExp }>> = {
  driver: {
    sentence:
      /\b(?:delivery|deliveries|gig|ride|rides|ride-hailing|rideshare|ridesharing|truck|trucks|trucking|fleet|taxi|taxis|couriers?|chauffeurs?|vehicles?|cars?)\b/i,
  },
  'step down': {
    sentence: /\b(?:CEO|chief|chair|chairman|chairwoman|director|president|officer|board|role|position|retire|retirement|successor)\b/,
  },
  recognize: {
    // "We recognize that…", "we recognize we're…": to acknowledge (認識到), not to book revenue (認列).
    after:
      /^\s+(?:that|how|what|why|we|we're|we've|they|they're|there|it|it's|this|these|those|you|the (?:importance|need|hard work|efforts?|work|contributions?|value|challenges?|team)|our (?:team|employees|people)|and (?:thank|appreciate))\b/i,
  },
  // "Collapse" of a market or a price is a crash (崩潰); of share classes or entities, a merger into one.
  collapse: { unless: /\b(?:class|classes|shares?|stock|structure|entities|entity|segments?|tiers?)\b/i },
  // A product's launch, an IPO or a listing is 上市 in its own right.
  'go-to-market': { sentence: /\b(?:IPO|listing|listed|list|public|launch(?:ed|es|ing)?|general availability|GA)\b/ },
  // "Our 10th anniversary", "the first anniversary": a celebration (週年); "to anniversary the effects": a base effect.
  anniversary: {
    sentence: /\bcelebrat\w*/i,
    before: /(?:\b(?:our|its|the|their|this|first|second|third|fifth|tenth|\d+(?:st|nd|rd|th)|year|-year))\s*$/i,
  },
  // "Push out" an update or a product is to release it (推出).
  'push out': { after: /^\s+(?:an?|the|new|our)\s+(?:update|release|version|product|feature|features|updates|releases)\b/i },
  divestiture: {
    unless:
      /\b(?:business|company|unit|segment|division|strategic|alternatives|acquir\w*|buyer|private equity|take-private|M&A|stake|assets?)\b/i,
  },
};

/** The sentence of `text` around the offsets. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const after = text.slice(end).search(/[.?!](?:\s|$)/);
  return text.slice(from, after === -1 ? text.length : end + after + 1);
}

function literal(term: GlossaryTerm, en: string, start: number, end: number): boolean {
  const rule = LITERAL[term.en];
  if (!rule) return false;
  const sentence = sentenceAround(en, start, end);
  if (rule.sentence?.test(sentence)) return true;
  if (rule.before?.test(en.slice(Math.max(0, start - 30), start))) return true;
  if (rule.after?.test(en.slice(end, end + 60))) return true;
  // What makes the sense may sit in the sentence before ("…the strategic review. Does that include a sale?").
  if (rule.unless && !rule.unless.test(en.slice(Math.max(0, start - 240), end + 120))) return true;
  return false;
}

/**
 * The first place a wrong rendering of the term occurs in the Chinese, outside its right renderings and not right
 * next to one, or null.
 */
export function wrongRendering(term: GlossaryTerm, zh: string): Quote | null {
  if (term.wrong.length === 0) return null;
  const right: Array<[number, number]> = [];
  for (const rendering of term.zh) {
    for (let at = zh.indexOf(rendering); at !== -1; at = zh.indexOf(rendering, at + 1)) right.push([at, at + rendering.length]);
  }
  let best: Quote | null = null;
  for (const rendering of term.wrong) {
    for (let at = zh.indexOf(rendering); at !== -1; at = zh.indexOf(rendering, at + 1)) {
      const end = at + rendering.length;
      // Inside a right rendering, or right next to one (環比連續成長: the right word says what is meant).
      if (right.some(([from, to]) => from <= end && at <= to)) continue;
      if (!best || at < best.start) best = { text: rendering, start: at, end };
      break;
    }
  }
  return best;
}

const wrongPatterns = new WeakMap<readonly GlossaryTerm[], RegExp>();

/** One pattern for every wrong rendering of a glossary (built once per glossary). */
function wrongRenderingPattern(glossary: readonly GlossaryTerm[]): RegExp {
  let pattern = wrongPatterns.get(glossary);
  if (!pattern) {
    const renderings = [...new Set(glossary.flatMap((term) => term.wrong))].filter((rendering) => rendering !== '');
    pattern =
      renderings.length === 0
        ? /(?!)/
        : new RegExp(renderings.map((rendering) => rendering.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    wrongPatterns.set(glossary, pattern);
  }
  return pattern;
}

/** Glossary terms of the English rendered with a wrong meaning in the Chinese (each term once). */
export function checkGlossary(en: string, zh: string, glossary: readonly GlossaryTerm[] = FINANCE_GLOSSARY): CheckFinding[] {
  // Most pairs hold no wrong rendering of any term: one test of the Chinese settles them.
  if (!wrongRenderingPattern(glossary).test(zh)) return [];
  const findings: CheckFinding[] = [];
  const seen = new Set<GlossaryTerm>();
  const claimed: Array<[number, number]> = [];
  for (const hit of findGlossaryTerms(en, glossary)) {
    const { term } = hit;
    if (seen.has(term) || term.wrong.length === 0) continue;
    const wrong = wrongRendering(term, zh);
    if (!wrong || claimed.some(([from, to]) => wrong.start < to && wrong.end > from)) continue;
    if (literal(term, en, hit.start, hit.end)) continue;
    seen.add(term);
    claimed.push([wrong.start, wrong.end]);
    findings.push({
      kind: 'glossary',
      problem: 'wrong-rendering',
      term: term.en,
      en: { text: en.slice(hit.start, hit.end), start: hit.start, end: hit.end },
      zh: wrong,
      right: term.zh,
      note: term.note,
    });
  }
  return findings;
}
