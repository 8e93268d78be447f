import { SegmentedRadios, type SegmentOption } from '../components/segmented-radios.tsx';
import type { BackupPart } from '../features/library/api/library-backup.ts';
import { BackupControls } from '../features/library/components/backup-controls.tsx';
import { useMessages, type Messages } from '../lib/i18n.ts';
import { updateSettings, useSettings, type Theme, type UiLanguage } from '../lib/settings.ts';

/** The Display panel's words (the button's own word is in app-chrome.tsx). */
const displayPanelMessages: Messages<'theme' | 'system' | 'light' | 'dark' | 'language' | 'textSize' | 'smaller' | 'larger' | 'reset'> = {
  en: {
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

/** Theme, interface language, text size, and the library's backup: what the header's Display button opens. */
export function DisplayPanel() {
  const m = useMessages(displayPanelMessages);
  const { theme, uiLanguage, fontScale } = useSettings();
  const step = nearestStep(fontScale);
  const themes: { value: Theme; label: string }[] = [
    { value: 'system', label: m.system },
    { value: 'light', label: m.light },
    { value: 'dark', label: m.dark },
  ];
  return (
    <>
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
      <BackupControls parts={BACKUP_PARTS} />
    </>
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
