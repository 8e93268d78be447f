import { englishQuantities, type QuantityKind } from './quantities.ts';
import type { Transcript } from './transcript-model.ts';

/** A currency amount or percentage said in the call, with who said it and where. */
export interface KeyFigure {
  kind: Extract<QuantityKind, 'currency' | 'percent' | 'bps'>;
  value: number;
  /** As written in the English ("$612 million", "18%"). */
  text: string;
  /** A few words around it, for context. */
  context: string;
  speaker: string;
  turn: number;
  paragraph: number;
  line: number;
}

const KINDS = new Set<QuantityKind>(['currency', 'percent', 'bps']);

function around(text: string, index: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 48)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, index + length + 40));
  const end = endSpace === -1 ? text.length : endSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Every currency amount, percentage and basis-point figure in the call's English, in reading order. */
export function keyFigures(transcript: Pick<Transcript, 'turns'>): KeyFigure[] {
  const figures: KeyFigure[] = [];
  transcript.turns.forEach((turn, turnIndex) => {
    if (turn.role === 'operator') return;
    turn.paragraphs.forEach((paragraph, paragraphIndex) => {
      if (paragraph.en === null) return;
      for (const quantity of englishQuantities(paragraph.en)) {
        if (!KINDS.has(quantity.kind)) continue;
        figures.push({
          kind: quantity.kind as KeyFigure['kind'],
          value: quantity.value,
          text: quantity.text,
          context: around(paragraph.en, quantity.index, quantity.text.length),
          speaker: turn.speaker,
          turn: turnIndex,
          paragraph: paragraphIndex,
          line: paragraph.line,
        });
      }
    });
  });
  return figures;
}
