import { Fragment, type ReactNode } from 'react';

/**
 * Fills `{name}` placeholders of an interface string with React nodes. String values are text that comes from a
 * transcript or from the person (a call's title, a file name, an address): each is isolated in `<bdi>`, so that a
 * right-to-left mark inside it (an unterminated U+202E) cannot reorder the interface text after it. Numbers are
 * interface text; elements are used as they are.
 */
export function formatParts(template: string, values: Record<string, string | number | ReactNode>): ReactNode {
  const parts: ReactNode[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    const [whole, name = ''] = match;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    const value = values[name];
    parts.push(typeof value === 'string' ? <bdi key={parts.length}>{value}</bdi> : <Fragment key={parts.length}>{value}</Fragment>);
    last = match.index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return <>{parts}</>;
}
