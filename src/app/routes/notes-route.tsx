import { libraryStorage } from '../../features/library/api/library-storage.ts';
import { NotesPage } from '../../features/notes/components/notes-page.tsx';
import { useDocumentTitle } from '../../features/reader/hooks/use-document-title.ts';
import { useMessages } from '../../lib/i18n.ts';
import { notesMessages } from '../../features/notes/messages.ts';

/** All notes: every highlight and note of the library, stored in the library's database. */
export function NotesRoute() {
  const m = useMessages(notesMessages);
  useDocumentTitle(m.allNotes);
  return <NotesPage store={libraryStorage.notes} />;
}
