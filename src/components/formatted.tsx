import { Fragment, type ReactNode } from 'react';

/**
 * An interface string with `{name}` placeholders filled by nodes, so that transcript text inside it can be its own
 * element (`<bdi lang="en">…</bdi>`): isolated for bidi, and marked with its language.
 */
export function Formatted({ template, values }: { template: string; values: Record<string, ReactNode> }) {
  return (
    <>
      {template
        .split(/\{(\w+)\}/)
        .map((piece, index) =>
          index % 2 === 1 ? <Fragment key={index}>{piece in values ? values[piece] : `{${piece}}`}</Fragment> : piece,
        )}
    </>
  );
}

/** Transcript text shown inside interface text: isolated, in its language. */
export function Quoted({ children, lang = 'en' }: { children: string; lang?: string }) {
  return <bdi lang={lang}>{children}</bdi>;
}
