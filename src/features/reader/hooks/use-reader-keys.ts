import { useEffect, useEffectEvent } from 'react';

export interface ReaderKeyHandlers {
  nextQuestion: () => void;
  previousQuestion: () => void;
  focusSearch: () => void;
  showShortcuts: () => void;
}

/** True when a key press belongs to a text field, not to the reader. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return false;
}

/**
 * The reader's keys: j/k (n/p) between questions, / to search, ? for the list, and Ctrl/⌘+F to search (the
 * browser's own find sees only the part of the call near the screen). Ignored while typing or in a dialog.
 */
export function useReaderKeys(handlers: ReaderKeyHandlers, enabled = true): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('dialog[open]')) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && !event.shiftKey) {
      // A second Ctrl+F, from the search box, opens the browser's own find.
      if (isTyping(event.target)) return;
      event.preventDefault();
      handlers.focusSearch();
      return;
    }
    if (event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    switch (event.key) {
      case 'j':
      case 'n':
        event.preventDefault();
        handlers.nextQuestion();
        break;
      case 'k':
      case 'p':
        event.preventDefault();
        handlers.previousQuestion();
        break;
      case '/':
        event.preventDefault();
        handlers.focusSearch();
        break;
      case '?':
        event.preventDefault();
        handlers.showShortcuts();
        break;
      default:
    }
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
