/**
 * The transcript model: what a bilingual earnings-call file becomes after parsing.
 * Field names here are the JSON contract of the CLI (`npm run transcript -- FILE --json`):
 * extend them, never rename them.
 */

/** Who a speaker is in the call, decided from the call's structure. */
export type Role = 'operator' | 'company' | 'analyst';

/**
 * Where a turn sits in the call: the prepared remarks, the question-and-answer session, or the closing after it
 * (from the operator's turn that ends the Q&A, "no further questions… back to X for closing remarks" or the
 * sign-off, to the end: the hand-back, the company's closing remarks, the goodbye). Closing turns belong to no
 * question. A call without operator introductions is all presentation.
 */
export type Section = 'presentation' | 'qa' | 'closing';

/** One English paragraph and its Chinese translation. `line` numbers are 1-based. */
export interface ParagraphPair {
  /** The English paragraph; null only for a Chinese line that had no English partner. */
  en: string | null;
  /** The Chinese translation; null when the file has none for this paragraph. */
  zh: string | null;
  /** Line of the English text (or of the Chinese text when `en` is null). */
  line: number;
  /** Line of the Chinese text, or null. */
  zhLine: number | null;
}

/** A speaker turn: a doubled header line followed by its paragraphs. */
export interface Turn {
  /** The name as written in the header, before the first " - ". */
  speaker: string;
  /** Everything after the first " - " of the header; may be empty. */
  title: string;
  role: Role;
  section: Section;
  /** Line of the first header line. */
  line: number;
  /** Lines of the header as written (normally two: the header is written twice). */
  headerLines: number[];
  paragraphs: ParagraphPair[];
}

/** One Chinese-only line of the summary block that precedes the disclaimer. */
export interface SummaryLine {
  zh: string;
  line: number;
}

/** The machine-translation disclaimer line (使用警語…). */
export interface Disclaimer {
  text: string;
  line: number;
}

/** One analyst question, as introduced by the operator. */
export interface Question {
  /** 1-based, in order of introduction. */
  n: number;
  /** Index in `turns` of the asker's first turn (or of the introduction when nobody spoke). */
  turn: number;
  /** Header name of the speaker who actually asked. */
  asker: string;
  /** The analyst's name exactly as the operator said it. */
  introducedAs: string;
  /** The firm exactly as the operator said it. */
  firm: string;
  /** Company speakers who answered, in order of first answer. */
  answeredBy: string[];
  /** Indices in `turns` of the whole exchange (asker, answers, follow-ups). */
  turns: number[];
  /** Index in `turns` of the operator's introduction. */
  introTurn: number;
  /** Who spoke for the introduced analyst ("This is Quinton on for Jim Fish" → "Quinton"), else null. */
  substitute: string | null;
}

export type DiagnosticKind =
  /** An English line with no Chinese line after it. */
  | 'missing-translation'
  /** A Chinese line with no English line before it. */
  | 'orphan-translation'
  /** A line before the first speaker that is neither summary nor disclaimer. */
  | 'unattributed'
  /** A disclaimer line after the first one. */
  | 'extra-disclaimer'
  /**
   * Bytes that were not valid UTF-8 in an otherwise UTF-8 file, replaced with U+FFFD (�); one diagnostic per
   * call, at the first line that holds one.
   */
  | 'replaced-bytes';

/** Something the parser noticed about a line, in plain words. */
export interface Diagnostic {
  line: number;
  kind: DiagnosticKind;
  message: string;
  /** The line's text, for lines that live nowhere else in the model (kind `unattributed`, `extra-disclaimer`). */
  text?: string;
  /**
   * Kind `replaced-bytes`: how many bytes of the file were replaced. Present when the call was decoded from its
   * bytes; absent when text was parsed again (it still holds the U+FFFD, not the bytes).
   */
  count?: number;
}

export interface TranscriptMeta {
  /** Company name from the operator's welcome line, or null when it cannot be found. */
  company: string | null;
  /** The call's name ("Acme Fourth Quarter 2023 Earnings Conference Call"), or a fallback. */
  title: string;
  /** "Q4 2023", or null. */
  period: string | null;
  /** The encoding the bytes were decoded from ("utf-8", "utf-16le", "big5", …). */
  encoding: string;
}

export interface Transcript {
  meta: TranscriptMeta;
  summary: SummaryLine[];
  disclaimer: Disclaimer | null;
  turns: Turn[];
  questions: Question[];
  diagnostics: Diagnostic[];
}

/** Why a file could not be read as a transcript. */
export type TranscriptErrorKind = 'empty' | 'binary' | 'undecodable' | 'not-a-transcript' | 'too-large';

/** The only error the core throws on bad input; its message is plain words for a person. */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  readonly kind: TranscriptErrorKind;

  constructor(kind: TranscriptErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Type guard for the core's error. */
export function isTranscriptError(error: unknown): error is TranscriptError {
  return error instanceof TranscriptError;
}
