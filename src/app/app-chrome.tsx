/** The app's chrome shared by every page: the brand link home and the display settings (theme, interface language, text size). */
import { SegmentedRadios, type SegmentOption } from '../components/segmented-radios.tsx';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { BackupPart } from '../features/library/api/library-backup.ts';
import { Link } from 'react-router-dom';
import { useMessages, type Messages } from '../lib/i18n.ts';
import { updateSettings, useSettings, type Theme, type UiLanguage } from '../lib/settings.ts';

export const appChromeMessages: Messages<
  | 'skip'
  | 'home'
  | 'glossary'
  | 'notes'
  | 'display'
  | 'theme'
  | 'system'
  | 'light'
  | 'dark'
  | 'language'
  | 'textSize'
  | 'smaller'
  | 'larger'
  | 'reset'
> = {
  en: {
    skip: 'Skip to content',
    home: 'Duet home',
    glossary: 'Glossary',
    notes: 'All notes',
    display: 'Display',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    language: 'Interface language',
    textSize: 'Text size',
    smaller: 'Smaller text',
    larger: 'Larger text',
    reset: 'Reset text size',
  },
  'zh-Hant': {
    skip: '跳到主要內容',
    home: 'Duet 首頁',
    glossary: '術語表',
    notes: '所有筆記',
    display: '顯示',
    theme: '主題',
    system: '跟隨系統',
    light: '淺色',
    dark: '深色',
    language: '介面語言',
    textSize: '文字大小',
    smaller: '縮小文字',
    larger: '放大文字',
    reset: '重設文字大小',
  },
};

/** Back up, restore and the space used: loaded when the Display menu first opens (outside the entry bundle). */
const BackupControls = lazy(() =>
  import('../features/library/components/backup-controls.tsx').then((module) => ({ default: module.BackupControls })),
);

/** Kept outside the library's database, backed up with it: the reader's own glossary terms (loaded when used). */
const BACKUP_PARTS: readonly BackupPart[] = [
  {
    name: 'glossary',
    collect: async () => (await import('../features/glossary/api/own-terms-database.ts')).listOwnTerms(),
    restore: async (items) => {
      const { readOwnTerm, restoreOwnTerms } = await import('../features/glossary/api/own-terms-database.ts');
      await restoreOwnTerms(items.map(readOwnTerm).filter((term) => term !== null));
    },
  },
];

const FONT_STEPS = [0.85, 0.925, 1, 1.1, 1.2, 1.35, 1.5];
const LANGUAGES: { value: UiLanguage; label: string; lang: string }[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'zh-Hant', label: '繁體中文', lang: 'zh-Hant' },
];

function nearestStep(scale: number): number {
  let best = 0;
  FONT_STEPS.forEach((step, index) => {
    if (Math.abs(step - scale) < Math.abs((FONT_STEPS[best] ?? 1) - scale)) best = index;
  });
  return best;
}

/** Theme, interface language and text size, in a small disclosure panel of the header. */
export function DisplaySettings() {
  const m = useMessages(appChromeMessages);
  const { theme, uiLanguage, fontScale } = useSettings();
  const [open, setOpen] = useState(false);
  const [startAligned, setStartAligned] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const step = nearestStep(fontScale);
  const themes: { value: Theme; label: string }[] = [
    { value: 'system', label: m.system },
    { value: 'light', label: m.light },
    { value: 'dark', label: m.dark },
  ];

  return (
    <div className="display-settings" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          // A button near the left edge (the reader's bar wrapped) opens its panel to the right, inside the window.
          setStartAligned((button.current?.getBoundingClientRect().right ?? Infinity) < 440);
          setOpen((value) => !value);
        }}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M3.5 15.5L8 4.5l4.5 11M5.2 11.5h5.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <path
            d="M13 15.5l2.5-6 2.5 6M13.8 13.5h3.4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="header-button-label">{m.display}</span>
      </button>
      <div id={panelId} className={startAligned ? 'settings-panel settings-panel-start' : 'settings-panel'} hidden={!open}>
        <SettingsRadioRow
          label={m.theme}
          name="theme"
          options={themes}
          value={theme}
          onChange={(value) => updateSettings({ theme: value })}
        />
        <SettingsRadioRow
          label={m.language}
          name="ui-language"
          options={LANGUAGES}
          value={uiLanguage}
          onChange={(value) => updateSettings({ uiLanguage: value })}
        />
        <div role="group" aria-label={m.textSize} className="settings-row">
          <span className="settings-label" aria-hidden="true">
            {m.textSize}
          </span>
          <div className="size-control">
            <button
              type="button"
              className="icon-button"
              aria-label={m.smaller}
              disabled={step === 0}
              onClick={() => updateSettings({ fontScale: FONT_STEPS[Math.max(0, step - 1)] ?? 1 })}
            >
              <span aria-hidden="true" className="size-glyph-small">
                A
              </span>
            </button>
            <button type="button" className="size-value" aria-label={m.reset} onClick={() => updateSettings({ fontScale: 1 })}>
              {Math.round(fontScale * 100)}%
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={m.larger}
              disabled={step === FONT_STEPS.length - 1}
              onClick={() => updateSettings({ fontScale: FONT_STEPS[Math.min(FONT_STEPS.length - 1, step + 1)] ?? 1 })}
            >
              <span aria-hidden="true" className="size-glyph-large">
                A
              </span>
            </button>
          </div>
        </div>
        {open ? (
          <Suspense fallback={null}>
            <BackupControls parts={BACKUP_PARTS} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

/** One row of the Display panel: a labelled choice among a few options, as segmented radio buttons. */
function SettingsRadioRow<T extends string>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: readonly SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="settings-row">
      <span className="settings-label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented segmented-small">
        <SegmentedRadios name={name} options={options} value={value} onChange={onChange} />
      </div>
    </div>
  );
}

/** The finance glossary and the reader's own terms (/glossary), in the header of the pages other than the reader. */
export function GlossaryLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/glossary" className="header-button glossary-link">
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M4 3.5h8.5a2 2 0 0 1 2 2v11H6a2 2 0 0 1-2-2zM4 14.5a2 2 0 0 1 2-2h8.5M7.5 6.5h4M7.5 9h3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="header-button-label">{m.glossary}</span>
    </Link>
  );
}

/** The way to every highlight and note of the library. */
export function NotesLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/notes" className="header-button">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M5 3.5h10v13l-5-3.2-5 3.2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span className="header-button-label">{m.notes}</span>
    </Link>
  );
}

/** The app's name, linking home. */
export function BrandLink() {
  const m = useMessages(appChromeMessages);
  return (
    <Link to="/" className="brand" aria-label={m.home}>
      <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <rect x="2.5" y="4" width="8.5" height="16" rx="2" fill="currentColor" opacity="0.9" />
        <rect x="13" y="4" width="8.5" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <span>Duet</span>
    </Link>
  );
}
