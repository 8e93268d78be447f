import { useSettings, type UiLanguage } from './settings.ts';

/** A table of interface strings in both interface languages. Transcript text is never translated by us. */
export type Messages<K extends string> = Record<UiLanguage, Record<K, string>>;

/** Returns a lookup for one feature's strings in the current interface language. */
export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  const { uiLanguage } = useSettings();
  return messages[uiLanguage];
}

export { format } from './format-message.ts';
