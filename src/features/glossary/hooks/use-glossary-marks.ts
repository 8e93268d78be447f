import { useMemo } from 'react';
import type { GlossaryTerm } from '../../../core/finance-glossary.ts';
import { findGlossaryTerms } from '../../../core/find-glossary-terms.ts';
import type { ReaderGlossary } from './use-own-terms.ts';

/** A marked stretch of a paragraph, as the reader's mark layer takes it (its `TextMark`). */
export interface GlossaryMark {
  start: number;
  end: number;
  element: 'span';
  className: string;
  attributes: Readonly<Record<string, string | undefined>>;
  layer: number;
}

/** Marks the reader asks for as it renders each pair (its `PairDecorator`). */
export interface GlossaryDecorator {
  marks: (turn: number, paragraph: number, side: 'en' | 'zh', text: string) => readonly GlossaryMark[];
}

const NO_MARKS: readonly GlossaryMark[] = [];

/**
 * The glossary's marks in the reader: each term's first place in an English paragraph, found only when the reader
 * renders that paragraph (one pass with the glossary's trie; never the whole call at once). A term's mark carries
 * `data-term` (its index in `terms`) and is reached by keyboard from its paragraph (tabindex -1, see GlossaryLayer).
 */
export function useGlossaryMarks(
  glossary: ReaderGlossary,
  tipId: string,
): { decorator: GlossaryDecorator; termOf: (index: number) => GlossaryTerm | undefined } {
  return useMemo(() => {
    const { terms } = glossary;
    const own = new Set(terms.slice(0, glossary.own.length));
    const indexOf = new Map<GlossaryTerm, number>(terms.map((term, index) => [term, index]));
    const decorator: GlossaryDecorator = {
      marks: (_turn, _paragraph, side, text) => {
        if (side !== 'en') return NO_MARKS;
        const seen = new Set<GlossaryTerm>();
        const marks: GlossaryMark[] = [];
        for (const hit of findGlossaryTerms(text, terms)) {
          if (seen.has(hit.term)) continue;
          seen.add(hit.term);
          marks.push({
            start: hit.start,
            end: hit.end,
            element: 'span',
            className: own.has(hit.term) ? 'term term-own' : 'term',
            layer: 2,
            attributes: { 'data-term': String(indexOf.get(hit.term) ?? -1), tabIndex: '-1', 'aria-describedby': tipId },
          });
        }
        return marks.length === 0 ? NO_MARKS : marks;
      },
    };
    return { decorator, termOf: (index: number) => terms[index] };
  }, [glossary, tipId]);
}
