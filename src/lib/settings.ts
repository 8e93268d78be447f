import { useSyncExternalStore } from 'react';

/** App-wide preferences, kept in localStorage and shared by every feature. */
export type Theme = 'system' | 'light' | 'dark';
export type UiLanguage = 'en' | 'zh-Hant';

export interface Settings {
  theme: Theme;
  uiLanguage: UiLanguage;
  /** Reading text size as a multiple of the base size (0.85 … 1.5). */
  fontScale: number;
}

const STORAGE_KEY = 'duet:settings';
const DEFAULTS: Settings = { theme: 'system', uiLanguage: 'en', fontScale: 1 };

/** Settings from untrusted JSON (localStorage, a backup file): unknown or out-of-range values fall back to the defaults. */
export function readSettings(parsed: unknown): Settings {
  if (typeof parsed !== 'object' || parsed === null) return DEFAULTS;
  const value = parsed as Partial<Settings>;
  return {
    theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
    uiLanguage: value.uiLanguage === 'zh-Hant' ? 'zh-Hant' : 'en',
    fontScale: typeof value.fontScale === 'number' && value.fontScale >= 0.85 && value.fontScale <= 1.5 ? value.fontScale : 1,
  };
}

function load(): Settings {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return DEFAULTS;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULTS;
    const value = parsed as Partial<Settings>;
    return {
      theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
      uiLanguage: value.uiLanguage === 'zh-Hant' ? 'zh-Hant' : 'en',
      fontScale: typeof value.fontScale === 'number' && value.fontScale >= 0.85 && value.fontScale <= 1.5 ? value.fontScale : 1,
    };
  } catch {
    return DEFAULTS;
  }
}

let current: Settings = load();
const listeners = new Set<() => void>();

/** Replace some settings, persist them and notify subscribers. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage can be full or disabled (private mode); the setting still applies for this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The settings now (outside React: the library backup). */
export function currentSettings(): Settings {
  return current;
}

/** Current settings, re-rendering when they change. */
export function useSettings(): Settings {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => DEFAULTS,
  );
}
