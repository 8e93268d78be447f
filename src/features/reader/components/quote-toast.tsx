import { useEffect, useState } from 'react';
import { useMessages } from '../../../lib/i18n.ts';
import { readerMessages } from '../messages.ts';

/**
 * Says whether a quote was copied: a small notice at the bottom of the window (and a status for screen readers),
 * gone at the reader's next click or key.
 */
export function useQuoteToast(): [boolean | null, (copied: boolean) => void] {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const clear = () => setCopied(null);
    window.addEventListener('pointerdown', clear, { once: true });
    window.addEventListener('keydown', clear, { once: true });
    return () => {
      window.removeEventListener('pointerdown', clear);
      window.removeEventListener('keydown', clear);
    };
  }, [copied]);
  return [copied, setCopied];
}

export function QuoteToast({ copied }: { copied: boolean | null }) {
  const m = useMessages(readerMessages);
  return (
    <p role="status" className={copied === null ? 'quote-toast' : `quote-toast quote-toast-shown${copied ? '' : ' quote-toast-failed'}`}>
      {copied === null ? '' : copied ? m.quoteCopied : m.quoteFailed}
    </p>
  );
}
