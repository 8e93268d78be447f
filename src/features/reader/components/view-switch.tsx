import { useMessages } from '../../../lib/i18n.ts';
import { readerMessages } from '../messages.ts';
import { VIEW_MODES, type ViewMode } from '../utils/view-mode.ts';

export interface ViewSwitchProps {
  view: ViewMode;
  onChange: (view: ViewMode) => void;
}

function Glyph({ mode }: { mode: ViewMode }) {
  switch (mode) {
    case 'side':
      return (
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M3 5h6M3 8h6M3 11h6M3 14h4M11 5h6M11 8h6M11 11h6M11 14h4"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
      );
    case 'interleaved':
      return (
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M3 4h14M3 7h10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          <path d="M5 11h12M5 14h8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" opacity="0.55" />
        </svg>
      );
    case 'en':
      return (
        <span className="segment-glyph" aria-hidden="true">
          EN
        </span>
      );
    case 'zh':
      return (
        <span className="segment-glyph" lang="zh-Hant" aria-hidden="true">
          中
        </span>
      );
  }
}

/** The "View" choice: side by side, interleaved, English only, Chinese only (native radios, arrow keys work). */
export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  const m = useMessages(readerMessages);
  const labels: Record<ViewMode, string> = {
    side: m.viewSide,
    interleaved: m.viewInterleaved,
    en: m.viewEnglish,
    zh: m.viewChinese,
  };
  return (
    <div role="radiogroup" aria-label={m.view} className="segmented view-switch">
      {VIEW_MODES.map((mode) => (
        <label key={mode} className="segment" title={labels[mode]}>
          <input
            type="radio"
            name="reader-view"
            value={mode}
            checked={view === mode}
            onChange={() => onChange(mode)}
            className="segment-input"
          />
          <span className="segment-face">
            <Glyph mode={mode} />
            <span className="segment-label">{labels[mode]}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
