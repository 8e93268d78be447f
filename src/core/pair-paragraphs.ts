import { isChineseLine } from './line-kind.ts';
import type { ParagraphPair } from './transcript-model.ts';

/** A non-blank line of the file with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** How a run of body lines was grouped, before it becomes ParagraphPairs. */
type Step = 'pair' | 'untranslated' | 'english-alone' | 'chinese-alone';

const COST: Record<Step, number> = { pair: 0, untranslated: 1, 'english-alone': 2, 'chinese-alone': 2 };

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the line after an English line is that same paragraph left untranslated. */
function looksUntranslated(english: string, other: string): boolean {
  return english === other || normalized(english) === normalized(other);
}

/**
 * Groups the lines of one speaker turn into English/Chinese pairs.
 * Chooses the grouping with the fewest defects (dynamic programming over the run), so one missing
 * translation costs one unpaired line and never shifts the pairing of the lines after it.
 * With `englishOnly` (a file without any Chinese) every line is a paragraph of its own.
 */
export function pairParagraphs(lines: readonly SourceLine[], englishOnly: boolean): ParagraphPair[] {
  if (englishOnly) return lines.map(({ text, line }) => ({ en: text, zh: null, line, zhLine: null }));
  const count = lines.length;
  const chinese = lines.map(({ text }) => isChineseLine(text));
  const best = new Float64Array(count + 2);
  const choice: Step[] = new Array<Step>(count);
  for (let index = count - 1; index >= 0; index -= 1) {
    const current = lines[index];
    if (!current) continue;
    if (chinese[index]) {
      choice[index] = 'chinese-alone';
      best[index] = COST['chinese-alone'] + (best[index + 1] ?? 0);
      continue;
    }
    let step: Step = 'english-alone';
    let cost = COST['english-alone'] + (best[index + 1] ?? 0);
    const next = lines[index + 1];
    if (next) {
      const afterPair = best[index + 2] ?? 0;
      if (chinese[index + 1]) {
        if (COST.pair + afterPair < cost) {
          step = 'pair';
          cost = COST.pair + afterPair;
        }
      } else if (COST.untranslated + afterPair < cost && looksUntranslated(current.text, next.text)) {
        step = 'untranslated';
        cost = COST.untranslated + afterPair;
      }
    }
    choice[index] = step;
    best[index] = cost;
  }

  const paragraphs: ParagraphPair[] = [];
  let index = 0;
  while (index < count) {
    const current = lines[index];
    if (!current) break;
    const step = choice[index];
    if (step === 'pair' || step === 'untranslated') {
      const partner = lines[index + 1];
      paragraphs.push({ en: current.text, zh: partner?.text ?? null, line: current.line, zhLine: partner?.line ?? null });
      index += 2;
    } else if (step === 'chinese-alone') {
      paragraphs.push({ en: null, zh: current.text, line: current.line, zhLine: current.line });
      index += 1;
    } else {
      paragraphs.push({ en: current.text, zh: null, line: current.line, zhLine: null });
      index += 1;
    }
  }
  return paragraphs;
}
