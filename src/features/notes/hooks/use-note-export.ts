import { useCallback } from 'react';
import type { LengthModel } from '../../../core/align-sentences.ts';
import { noteCitation, notesAsCsv, notesAsMarkdown, partnerText, type Note, type NotesExportContext } from '../../../core/note-model.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { downloadText, fileStem } from '../utils/download-text.ts';

/**
 * Copying a highlight and exporting a call's notes: each quote in its language with its partner sentences in the
 * other (aligned as the reader aligns them), who said it, the call and a link back (src/core/quote-citation.ts).
 */
export function useNoteExport(transcript: Transcript, model: LengthModel, onCopied: (copied: boolean) => void) {
  const context = useCallback(
    (): NotesExportContext => ({
      origin: window.location.origin,
      partner: (note: Note) => partnerText(transcript, note.anchor, model),
      speakerTitle: (note: Note) => transcript.turns[note.anchor.turn]?.title ?? '',
    }),
    [transcript, model],
  );

  const copy = useCallback(
    (note: Note) => {
      const made = context();
      const text = noteCitation(note, made.origin, made.partner(note), made.speakerTitle(note));
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard) {
        onCopied(false);
        return;
      }
      clipboard.writeText(text).then(
        () => onCopied(true),
        () => onCopied(false),
      );
    },
    [context, onCopied],
  );

  const exportNotes = useCallback(
    (notes: readonly Note[], kind: 'markdown' | 'csv') => {
      const stem = `${fileStem([transcript.meta.company, transcript.meta.period])}-notes`;
      if (kind === 'markdown') downloadText(`${stem}.md`, notesAsMarkdown(notes, context()), 'text/markdown;charset=utf-8');
      else downloadText(`${stem}.csv`, `\ufeff${notesAsCsv(notes, context())}`, 'text/csv;charset=utf-8');
    },
    [transcript, context],
  );

  return { copy, exportNotes };
}
