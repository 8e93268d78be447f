import { FINANCE_GLOSSARY, type GlossaryTerm } from '../../../core/finance-glossary.ts';

/** A term a reader added: the English, its Taiwan rendering, an optional note and renderings that are wrong for it. */
export interface OwnTerm {
  id: string;
  en: string;
  zh: string;
  note: string;
  wrong: readonly string[];
  /** When it was added (ms since the epoch). */
  added: number;
}

/** What the form gives: the fields of a term before it is stored. */
export type OwnTermInput = Pick<OwnTerm, 'en' | 'zh' | 'note' | 'wrong'>;

/** Splits a list typed by a reader ("承受, 忍受" or "承受、忍受") into its renderings. */
export function splitRenderings(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}

/** A form's fields made tidy (spaces folded, the English in lower case for matching), or why they cannot be a term. */
export function cleanOwnTerm(input: OwnTermInput): { term: OwnTermInput } | { error: 'en' | 'zh' } {
  const en = input.en.trim().replace(/\s+/g, ' ');
  const zh = input.zh.trim();
  if (!/[A-Za-z0-9]/.test(en)) return { error: 'en' };
  if (zh === '') return { error: 'zh' };
  const right = splitRenderings(zh);
  return {
    term: {
      en,
      zh: right.join('、'),
      note: input.note.trim(),
      wrong: input.wrong.map((value) => value.trim()).filter((value) => value !== '' && !right.includes(value)),
    },
  };
}

/** An own term as a glossary term (what the marks and the checks use). */
export function ownGlossaryTerm(term: OwnTerm): GlossaryTerm {
  return {
    en: term.en.toLowerCase(),
    forms: [],
    zh: splitRenderings(term.zh),
    wrong: term.wrong,
    note: term.note,
    group: 'other',
  };
}

/** The glossary a reader uses: their own terms first (an own term wins where it has the same English), then the finance glossary. */
export function mergedGlossary(own: readonly OwnTerm[]): readonly GlossaryTerm[] {
  if (own.length === 0) return FINANCE_GLOSSARY;
  return [...own.map(ownGlossaryTerm), ...FINANCE_GLOSSARY];
}

/** A short key that changes whenever the own terms change (for query keys). */
export function ownTermsKey(own: readonly OwnTerm[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(own.map((term) => [term.id, term.en, term.zh, term.note, term.wrong]));
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `own-${own.length}-${(hash >>> 0).toString(16)}`;
}
