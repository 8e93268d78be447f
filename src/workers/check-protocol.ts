import type { GlossaryTerm } from '../core/finance-glossary.ts';
import type { KeyFigure } from '../core/key-figures.ts';
import type { Turn } from '../core/transcript-model.ts';
import type { TranslationCheck } from '../core/translation-checks.ts';

/**
 * Messages to the check worker: the call's turns, a batch at a time (each batch is copied in a task of its own, so
 * a 3 MB call never holds the page for long); the worker runs the checks once the `last` batch has come.
 */
export type CheckRequest =
  | { type: 'turns'; turns: readonly Turn[]; last: boolean; glossary?: readonly GlossaryTerm[] }
  /** The call's text: the worker parses it again itself, and nothing of the call is copied off the page's thread. */
  | { type: 'text'; text: string; encoding: string; glossary?: readonly GlossaryTerm[] };

/* `glossary`: the glossary the checks use (the finance glossary with the reader's own terms); the finance glossary when absent. */

/**
 * Messages from the check worker: the results a batch at a time, in reading order (`last` on the final one), or
 * plain words when something went wrong (never a stack trace).
 */
export type CheckResponse =
  | { type: 'results'; checks: readonly TranslationCheck[]; figures: readonly KeyFigure[]; last: boolean }
  | { type: 'failed'; message: string };
