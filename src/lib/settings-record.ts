/**
 * App-wide preferences as they are stored (localStorage `duet:settings`, a backup file): the record, its checks and
 * the palette it asks for. No React here: the first screen of a deep link (src/app/first-screen) reads them too.
 */
export type Theme = 'system' | 'light' | 'dark';
export type UiLanguage = 'en' | 'zh-Hant';

export interface Settings {
  theme: Theme;
  uiLanguage: UiLanguage;
  /** Reading text size as a multiple of the base size (0.85 … 1.5). */
  fontScale: number;
}

export const SETTINGS_KEY = 'duet:settings';
export const DEFAULT_SETTINGS: Settings = { theme: 'system', uiLanguage: 'en', fontScale: 1 };

/** Settings from untrusted JSON (localStorage, a backup file): unknown or out-of-range values fall back to the defaults. */
export function readSettings(parsed: unknown): Settings {
  if (typeof parsed !== 'object' || parsed === null) return DEFAULT_SETTINGS;
  const value = parsed as Partial<Settings>;
  return {
    theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
    uiLanguage: value.uiLanguage === 'zh-Hant' ? 'zh-Hant' : 'en',
    fontScale: typeof value.fontScale === 'number' && value.fontScale >= 0.85 && value.fontScale <= 1.5 ? value.fontScale : 1,
  };
}

/** The stored settings, or the defaults when there are none or storage is unreadable. */
export function loadSettings(): Settings {
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
    return raw ? readSettings(JSON.parse(raw)) : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The palette in use: the chosen theme, or the system's while "System" is chosen. */
export function colorScheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}
