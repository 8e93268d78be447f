import { useEffect } from 'react';

/** Sets the tab's title while mounted ("<title> · Duet"), restoring the previous one after. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · Duet`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
