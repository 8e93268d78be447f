import type { TextPart } from '../utils/check-wording.ts';

/** Renders worded text, marking the language of quoted quantities. */
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
