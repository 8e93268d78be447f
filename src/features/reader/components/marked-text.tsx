import type { ReactNode } from 'react';

/**
 * A stretch of a paragraph marked by some feature: a search match, a highlight, a glossary term. Marks are data
 * (offsets, a class, attributes); what they do (a popover, a note) is handled by their feature, which listens on
 * the transcript for events on its own attributes. Text is never turned into HTML.
 */
export interface TextMark {
  start: number;
  end: number;
  /** The element: `mark` for things found or chosen (matches, highlights), `span` for annotations (terms). */
  element: 'mark' | 'span';
  className: string;
  /** Attributes on the element (`data-*`, `aria-*`, `title`, `lang`). */
  attributes?: Readonly<Record<string, string | undefined>>;
  /** Nesting order where marks overlap: lower wraps higher (highlight 1, term 2, match 3). */
  layer: number;
}

/** A sentence of a paragraph: its offsets, and the attributes its span carries (`data-link`…). */
export interface SentenceSpan {
  start: number;
  end: number;
  attributes: Readonly<Record<string, string | undefined>>;
  className: string;
}

export const NO_MARKS: readonly TextMark[] = [];

function wrap(mark: TextMark, children: ReactNode, key: string): ReactNode {
  const Element = mark.element;
  return (
    <Element key={key} className={mark.className} {...mark.attributes}>
      {children}
    </Element>
  );
}

/**
 * The text of [from, to) with the marks that touch it, nested by layer: a mark of a lower layer wraps whole the
 * marks of higher layers inside it (a highlight holding a glossary term stays one highlight); a higher mark that
 * crosses a lower mark's edge is cut there. Of two marks of one layer, the one inside the other nests in it, and
 * one that crosses the other's end is cut there, so every mark still covers all of its text.
 */
function markedRun(text: string, from: number, to: number, marks: readonly TextMark[], keyPrefix: string): ReactNode[] {
  const inside = marks.filter((mark) => mark.start < to && mark.end > from);
  if (inside.length === 0) return [text.slice(from, to)];
  const lowest = Math.min(...inside.map((mark) => mark.layer));
  const byStart = (a: TextMark, b: TextMark) => a.start - b.start || b.end - a.end;
  const pending = inside.filter((mark) => mark.layer === lowest).sort(byStart);
  const nested = inside.filter((mark) => mark.layer !== lowest);
  const outer: TextMark[] = [];
  while (pending.length > 0) {
    const mark = pending.shift() as TextMark;
    const last = outer.at(-1);
    if (!last || mark.start >= last.end) {
      outer.push(mark);
      continue;
    }
    // Overlaps the mark before it (same layer): the part inside nests in it, the rest waits its turn.
    nested.push({ ...mark, end: Math.min(mark.end, last.end) });
    if (mark.end > last.end) {
      pending.push({ ...mark, start: last.end });
      pending.sort(byStart);
    }
  }
  const nodes: ReactNode[] = [];
  let position = from;
  for (const mark of outer) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (end <= start) continue;
    if (start > position) nodes.push(...markedRun(text, position, start, nested, `${keyPrefix}${position}.`));
    nodes.push(wrap(mark, markedRun(text, start, end, nested, `${keyPrefix}${start}:`), `${keyPrefix}${start}-${lowest}`));
    position = end;
  }
  if (position < to) nodes.push(...markedRun(text, position, to, nested, `${keyPrefix}${position}.`));
  return nodes;
}

/**
 * A paragraph's text as React elements: one span per sentence (when sentences are given), and inside them the
 * marks of every feature, nested. Joining the text of what is rendered gives the paragraph back exactly.
 */
export function MarkedText({ text, sentences, marks }: { text: string; sentences?: readonly SentenceSpan[]; marks: readonly TextMark[] }) {
  if (!sentences || sentences.length === 0) {
    return <>{marks.length === 0 ? text : markedRun(text, 0, text.length, marks, '')}</>;
  }
  return (
    <>
      {sentences.map((sentence, index) => (
        <span key={index} className={sentence.className} {...sentence.attributes}>
          {markedRun(text, sentence.start, sentence.end, marks, `${index}:`)}
        </span>
      ))}
    </>
  );
}
