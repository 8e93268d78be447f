import { useMemo } from 'react';
import { mapOffsets, resolveAnchor, type Note } from '../../../core/note-model.ts';
import type { Transcript } from '../../../core/transcript-model.ts';

/** A mark as the reader's mark layer takes it (src/features/reader/components/marked-text.tsx). */
export interface HighlightMark {
  start: number;
  end: number;
  element: 'mark';
  className: string;
  attributes: Readonly<Record<string, string | undefined>>;
  layer: number;
}

/** The reader's decorator shape: the marks of one side of one pair. */
export interface HighlightDecorator {
  marks: (turn: number, paragraph: number, side: 'en' | 'zh', text: string) => readonly HighlightMark[];
}

const NONE: readonly HighlightMark[] = [];

/**
 * The call's highlights as marks of the reader's text: each found again by its quote if its offsets moved, and
 * mapped onto the Chinese as shown (Simplified) when the conversion changed the text's length.
 */
export function useHighlightDecorator(notes: readonly Note[], transcript: Transcript): HighlightDecorator {
  return useMemo(() => {
    const bySide = new Map<string, Note[]>();
    for (const note of notes) {
      const key = `${note.anchor.turn}:${note.anchor.paragraph}:${note.anchor.lang}`;
      const list = bySide.get(key);
      if (list) list.push(note);
      else bySide.set(key, [note]);
    }
    return {
      marks(turn, paragraph, side, text) {
        const list = bySide.get(`${turn}:${paragraph}:${side}`);
        const pair = transcript.turns[turn]?.paragraphs[paragraph];
        const original = side === 'en' ? pair?.en : pair?.zh;
        if (!list || !original) return NONE;
        return list.flatMap((note) => {
          const found = resolveAnchor(note.anchor, original);
          if (!found) return [];
          const { start, end } = text === original ? found : mapOffsets(found, original.length, text.length);
          return [
            {
              start,
              end,
              element: 'mark' as const,
              className: `highlight highlight-${note.color}${note.text ? ' highlight-noted' : ''}`,
              attributes: { 'data-highlight': note.id, title: note.text || undefined },
              layer: 1,
            },
          ];
        });
      },
    };
  }, [notes, transcript]);
}
