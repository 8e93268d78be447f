import { DEFAULT_LENGTH_MODEL, type LengthModel } from '../core/align-sentences.ts';
import { FINANCE_GLOSSARY, type GlossaryTerm } from '../core/finance-glossary.ts';
import { keyFigures, type KeyFigure } from '../core/key-figures.ts';
import type { Turn } from '../core/transcript-model.ts';
import { checkPair, placeCheck, sentenceLengthModel, typicalLengthRatio, type TranslationCheck } from '../core/translation-checks.ts';

/** The translation checks and key figures of one call. */
export interface CheckResults {
  checks: readonly TranslationCheck[];
  figures: readonly KeyFigure[];
}

/**
 * `checkTranslation` and `keyFigures` of a call, computed a slice at a time so a long call never holds the page:
 * `step(until)` works until `now()` passes `until` and returns true once everything is done.
 * The results are exactly the core's (same functions, same order), only the work is spread out. The check worker
 * runs it in one step; the main thread, where there is no Worker, a slice at a time.
 */
export interface CheckJob {
  step: (until: number, now?: () => number) => boolean;
  /** The results; complete once `step` has returned true. */
  results: () => CheckResults;
}

export function createCheckJob(
  transcript: { readonly turns: readonly Turn[] },
  glossary: readonly GlossaryTerm[] = FINANCE_GLOSSARY,
): CheckJob {
  const { turns } = transcript;
  const checks: TranslationCheck[] = [];
  const figures: KeyFigure[] = [];
  // Phase 1: key figures, a turn at a time. Phase 2: the call's usual length ratio and sentence length model. Phase 3: every pair.
  let figureTurn = 0;
  let typical: number | null = null;
  let sentences: LengthModel = DEFAULT_LENGTH_MODEL;
  let turnIndex = 0;
  let paragraphIndex = 0;

  const step = (until: number, now: () => number = () => performance.now()): boolean => {
    while (figureTurn < turns.length) {
      const turn = turns[figureTurn];
      if (turn) {
        for (const figure of keyFigures({ turns: [turn] })) figures.push({ ...figure, turn: figureTurn });
      }
      figureTurn += 1;
      if (now() >= until) return false;
    }
    if (typical === null) {
      typical = typicalLengthRatio(turns.flatMap((turn) => turn.paragraphs));
      sentences = sentenceLengthModel({ turns });
      if (now() >= until) return turns.length === 0;
    }
    while (turnIndex < turns.length) {
      const paragraphs = turns[turnIndex]?.paragraphs ?? [];
      while (paragraphIndex < paragraphs.length) {
        const paragraph = paragraphs[paragraphIndex];
        if (paragraph) {
          for (const finding of checkPair(paragraph, typical, sentences, glossary)) {
            checks.push(placeCheck(finding, { line: paragraph.line, turn: turnIndex, paragraph: paragraphIndex }));
          }
        }
        paragraphIndex += 1;
        if (now() >= until) {
          if (paragraphIndex >= paragraphs.length) {
            turnIndex += 1;
            paragraphIndex = 0;
          }
          return turnIndex >= turns.length;
        }
      }
      turnIndex += 1;
      paragraphIndex = 0;
    }
    return true;
  };

  return { step, results: () => ({ checks, figures }) };
}
