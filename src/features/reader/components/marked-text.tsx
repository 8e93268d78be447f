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

/** The text of [from, to) with the marks that cover it, nested by layer; cut where a mark starts or ends. */
function markedRun(text: string, from: number, to: number, marks: readonly TextMark[], keyPrefix: string): ReactNode[] {
  const inside = marks.filter((mark) => mark.start < to && mark.end > from);
  if (inside.length === 0) return [text.slice(from, to)];
  const cuts = new Set<number>([from, to]);
  for (const mark of inside) {
    if (mark.start > from) cuts.add(mark.start);
    if (mark.end < to) cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    const covering = inside.filter((mark) => mark.start <= start && mark.end >= end).sort((a, b) => b.layer - a.layer);
    let node: ReactNode = text.slice(start, end);
    for (const [depth, mark] of covering.entries()) node = wrap(mark, node, `${keyPrefix}${start}-${depth}`);
    nodes.push(node);
  }
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
