import { GlossaryPage } from '../../features/glossary/components/glossary-page.tsx';
import { useEffect } from 'react';
import { useMessages } from '../../lib/i18n.ts';
import { glossaryMessages } from '../../features/glossary/messages.ts';

/** The glossary page: the finance glossary and the reader's own terms. */
export function GlossaryRoute() {
  const m = useMessages(glossaryMessages);
  useEffect(() => {
    document.title = `${m.title} · Duet`;
  }, [m.title]);
  return <GlossaryPage />;
}
