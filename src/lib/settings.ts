import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, type Settings } from './settings-record.ts';

/** App-wide preferences, kept in localStorage and shared by every feature (the stored record: settings-record.ts). */
export { readSettings, type Settings, type Theme, type UiLanguage } from './settings-record.ts';

let current: Settings = loadSettings();
const listeners = new Set<() => void>();

/** Replace some settings, persist them and notify subscribers. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(current));
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
    () => DEFAULT_SETTINGS,
  );
}
