import type { TextRange } from '../../../core/search-fold.ts';

/** A sentence with its matches in <mark> (text as data: React text nodes only). */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    if (mark.start < at || mark.end > text.length) return;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <mark key={index} className="ls-mark">
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
