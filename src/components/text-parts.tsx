/** A run of text; `lang` is set when it differs from the interface language (e.g. a quantity quoted from the call). */
export interface TextPart {
  text: string;
  lang?: string;
}

/**
 * Renders text made of parts, marking the language of the parts that carry one. Those parts are quoted from the
 * call, so each is isolated (`<bdi>`): a stray right-to-left mark in the file cannot reorder the interface text.
 */
export function TextParts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.lang ? (
          <bdi key={index} lang={part.lang}>
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
