import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Which language of the calls' text the compare page shows. */
export type CompareText = 'en' | 'zh' | 'both';

const TEXTS: readonly CompareText[] = ['en', 'zh', 'both'];

/**
 * The text language of the compare page, kept in the address (`?text=zh`) so that a link or a reload shows the
 * same; without it, `fallback` (the reader's last view). Changing it replaces the address entry.
 */
export function useCompareText(fallback: CompareText): [CompareText, (text: CompareText) => void] {
  const [params, setParams] = useSearchParams();
  const text = TEXTS.find((value) => value === params.get('text')) ?? fallback;
  const setText = useCallback(
    (next: CompareText) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('text', next);
          return updated;
        },
        // At once (not in a transition): the radios are controlled by the address.
        { replace: true, preventScrollReset: true, flushSync: true },
      ),
    [setParams],
  );
  return [text, setText];
}
