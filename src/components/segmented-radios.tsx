/** One choice of a segmented control. */
export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  /** The language of the label, where it is not the interface's (a language's own name). */
  lang?: string;
}

/**
 * A choice among a few options as segmented radio buttons (the Display panel's theme and language, the compare page's
 * text): the faces are styled by `segmented` / `segment` in global.css; the group is named by the caller.
 */
export function SegmentedRadios<T extends string>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: readonly SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <>
      {options.map((option) => (
        <label className="segment" key={option.value}>
          <input
            type="radio"
            name={name}
            className="segment-input"
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span className="segment-face" lang={option.lang}>
            {option.label}
          </span>
        </label>
      ))}
    </>
  );
}
