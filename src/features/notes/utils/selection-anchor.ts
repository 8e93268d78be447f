import { mapOffsets, type NoteAnchor } from '../../../core/note-model.ts';
import type { Transcript } from '../../../core/transcript-model.ts';

/** A highlight about to be made: where, who said it, and where on screen (for the toolbar). */
export interface PendingHighlight {
  anchor: NoteAnchor;
  speaker: string;
  rect: { top: number; bottom: number; left: number; right: number };
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/**
 * The highlight a selected range names: the paragraph of one language it starts in (a range running into the
 * other language or the next pair stops at the end of that paragraph), with surrounding spaces left out. Offsets
 * are those of the file's text: a selection in Simplified characters is mapped back onto the Traditional.
 */
export function anchorFromRange(range: Range, transcript: Transcript): PendingHighlight | null {
  const para = elementOf(range.startContainer)?.closest<HTMLElement>('.para-en, .para-zh');
  if (!para || para.classList.contains('para-missing')) return null;
  const pairElement = para.closest<HTMLElement>('[data-pair]');
  const [turnText, paragraphText] = (pairElement?.dataset.pair ?? '').split(':');
  const turn = Number(turnText);
  const paragraph = Number(paragraphText);
  const value = transcript.turns[turn];
  const pair = value?.paragraphs[paragraph];
  if (!value || !pair) return null;
  const lang = para.classList.contains('para-en') ? 'en' : 'zh';
  const original = lang === 'en' ? pair.en : pair.zh;
  if (!original) return null;
  const shown = para.textContent;
  const before = document.createRange();
  before.selectNodeContents(para);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = shown.length;
  if (para.contains(range.endContainer)) {
    before.setEnd(range.endContainer, range.endOffset);
    end = before.toString().length;
  }
  while (start < end && /\s/.test(shown[start] ?? '')) start += 1;
  while (end > start && /\s/.test(shown[end - 1] ?? '')) end -= 1;
  if (end <= start) return null;
  const mapped = shown === original ? { start, end } : mapOffsets({ start, end }, shown.length, original.length);
  const box = range.getBoundingClientRect();
  return {
    anchor: {
      turn,
      paragraph,
      lang,
      start: mapped.start,
      end: mapped.end,
      quote: original.slice(mapped.start, mapped.end),
      line: pair.line,
    },
    speaker: value.speaker,
    rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
  };
}
