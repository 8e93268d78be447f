/** Reader addresses for places of a call (the reader's own format: `/read/<id>/t/<turn>#L<line>`, `/read/<id>/q/<n>`). */
export function turnHref(id: string, turn: number, line: number | null = null): string {
  return `/read/${encodeURIComponent(id)}/t/${turn}${line === null ? '' : `#L${line}`}`;
}

export function questionHref(id: string, n: number): string {
  return `/read/${encodeURIComponent(id)}/q/${n}`;
}

export function callHref(id: string): string {
  return `/read/${encodeURIComponent(id)}`;
}

/** The compare page of two calls. */
export function compareHref(id: string, other: string): string {
  return `/compare/${encodeURIComponent(id)}/${encodeURIComponent(other)}`;
}

/** A sentence of a turn, counted from 1 across the turn's paragraphs (`#s3`). */
export function sentenceHref(id: string, turn: number, sentence: number): string {
  return `/read/${encodeURIComponent(id)}/t/${turn}#s${sentence}`;
}
