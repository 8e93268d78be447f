/** A run of text; `lang` is set when it differs from the interface language (e.g. a quantity quoted from the call). */
export interface TextPart {
  text: string;
  lang?: string;
}

/** Renders text made of parts, marking the language of the parts that carry one. */
export function TextParts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.lang ? (
          <span key={index} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
