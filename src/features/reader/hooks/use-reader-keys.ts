import { useEffect, useRef } from 'react';

export interface ReaderKeyHandlers {
  nextQuestion: () => void;
  previousQuestion: () => void;
  focusSearch: () => void;
  showShortcuts: () => void;
}

/** True when a key press belongs to a text field (or an open dialog), not to the reader. */
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

/** The reader's single-key shortcuts: j/k (n/p) between questions, / to search, ? for the list. Ignored while typing. */
export function useReaderKeys(handlers: ReaderKeyHandlers, enabled = true): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('dialog[open]')) return;
      switch (event.key) {
        case 'j':
        case 'n':
          event.preventDefault();
          latest.current.nextQuestion();
          break;
        case 'k':
        case 'p':
          event.preventDefault();
          latest.current.previousQuestion();
          break;
        case '/':
          event.preventDefault();
          latest.current.focusSearch();
          break;
        case '?':
          event.preventDefault();
          latest.current.showShortcuts();
          break;
        default:
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
