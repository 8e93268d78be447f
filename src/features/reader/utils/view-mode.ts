/** How the two languages are laid out. */
export type ViewMode = 'side' | 'interleaved' | 'en' | 'zh';

export const VIEW_MODES: readonly ViewMode[] = ['side', 'interleaved', 'en', 'zh'];

/** The width below which the reader lays out for a phone (global.css: `max-width: 799.98px`). */
export const NARROW_SCREEN = '(max-width: 799.98px)';

const PREFERRED_KEY = 'duet:reader:view';

/** A view mode from untrusted text (URL, storage), or null. */
export function parseViewMode(value: string | null | undefined): ViewMode | null {
  return VIEW_MODES.find((mode) => mode === value) ?? null;
}

/** The view mode last chosen on any call. */
export function loadPreferredView(): ViewMode | null {
  try {
    return parseViewMode(globalThis.localStorage?.getItem(PREFERRED_KEY));
  } catch {
    return null;
  }
}

/** Remembers the view mode for the next call opened. */
export function savePreferredView(view: ViewMode): void {
  try {
    globalThis.localStorage?.setItem(PREFERRED_KEY, view);
  } catch {
    // Storage full or disabled: the choice still applies for this visit.
  }
}
