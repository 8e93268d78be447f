/**
 * Sentences missing on one side: the sentence alignment (align-sentences.ts) links an English sentence to no
 * Chinese one (left out of the translation), or a Chinese sentence to no English one (added, often from a
 * neighbouring paragraph). Only where the two sides have different numbers of sentences (equal counts link one to
 * one), only confident links, and only sentences long enough to matter.
 */
import { alignSentences, DEFAULT_LENGTH_MODEL, type LengthModel } from './align-sentences.ts';
import { splitChineseSentences, splitEnglishSentences, type Span } from './split-sentences.ts';
import type { CheckFinding, Quote } from './translation-checks.ts';

/** How sure the alignment must be that a sentence has no counterpart. */
const MIN_CONFIDENCE = 0.5;
/** An English sentence of fewer words ("Sure.", "Thank you.") is not worth a flag. */
const MIN_WORDS = 3;
/** A Chinese sentence of fewer Han characters is not worth a flag. */
const MIN_HAN = 5;

function quote(text: string, span: Span): Quote {
  const raw = text.slice(span.start, span.end);
  const start = span.start + (raw.length - raw.trimStart().length);
  const trimmed = raw.trim();
  return { text: trimmed, start, end: start + trimmed.length };
}

/** Sentences of one side with no counterpart on the other. */
export function checkSentences(en: string, zh: string, model: LengthModel = DEFAULT_LENGTH_MODEL): CheckFinding[] {
  const enSpans = splitEnglishSentences(en);
  const zhSpans = splitChineseSentences(zh);
  if (enSpans.length === zhSpans.length || enSpans.length === 0 || zhSpans.length === 0) return [];
  const findings: CheckFinding[] = [];
  for (const [enSide, zhSide, confidence] of alignSentences(en, zh, enSpans, zhSpans, model).links) {
    if (confidence < MIN_CONFIDENCE) continue;
    const [enIndex] = enSide;
    const [zhIndex] = zhSide;
    if (zhSide.length === 0 && enSide.length === 1 && enIndex !== undefined) {
      const span = enSpans[enIndex];
      if (!span) continue;
      const sentence = quote(en, span);
      if ((sentence.text.match(/[A-Za-z]+/g) ?? []).length < MIN_WORDS) continue;
      findings.push({ kind: 'sentence', problem: 'missing', en: sentence, confidence });
    } else if (enSide.length === 0 && zhSide.length === 1 && zhIndex !== undefined) {
      const span = zhSpans[zhIndex];
      if (!span) continue;
      const sentence = quote(zh, span);
      if ((sentence.text.match(/[\u3400-\u9fff]/g) ?? []).length < MIN_HAN) continue;
      findings.push({ kind: 'sentence', problem: 'added', zh: sentence, confidence });
    }
  }
  return findings;
}
