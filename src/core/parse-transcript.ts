import { readCallIdentity } from './call-meta.ts';
import { detectQuestions, type DraftTurn } from './detect-questions.ts';
import { isChineseLine, isDisclaimerLine, isHeaderLike, splitHeader } from './line-kind.ts';
import { pairParagraphs, type SourceLine } from './pair-paragraphs.ts';
import { TranscriptError, type Diagnostic, type Disclaimer, type SummaryLine, type Transcript, type Turn } from './transcript-model.ts';

export interface ParseOptions {
  /** Recorded in `meta.encoding`; defaults to "utf-8". */
  encoding?: string;
  /** Used as the title when the call does not name itself (e.g. the file name). */
  fallbackTitle?: string;
  /** Called with the share of lines read so far (0…1), every few thousand lines. */
  onProgress?: (fraction: number) => void;
  /** Bytes the decoder replaced with U+FFFD (`DecodedText.replacedBytes`), reported in the `replaced-bytes` diagnostic. */
  replacedBytes?: number;
}

const PROGRESS_EVERY = 4096;

/** Splits text into its non-blank lines, trimmed, with 1-based line numbers (CRLF, CR and LF endings). */
function sourceLines(text: string, onProgress?: (fraction: number) => void): SourceLine[] {
  const source = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  const lines: SourceLine[] = [];
  const length = source.length;
  let start = 0;
  let line = 1;
  while (start <= length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = length;
    if (end > start) {
      const trimmed = source.slice(start, end).trim();
      if (trimmed !== '') lines.push({ text: trimmed, line });
    }
    if (onProgress && line % PROGRESS_EVERY === 0) onProgress((end / length) * 0.5);
    line += 1;
    start = end + 1;
  }
  return lines;
}

/** Indices of lines that start a speaker header: a header-shaped line written twice in a row. */
function headerStarts(lines: readonly SourceLine[]): Uint8Array {
  const starts = new Uint8Array(lines.length);
  const verdicts = new Map<string, boolean>();
  let found = 0;
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const text = lines[index]?.text;
    if (text === undefined || text !== lines[index + 1]?.text) continue;
    let headerLike = verdicts.get(text);
    if (headerLike === undefined) {
      headerLike = isHeaderLike(text);
      verdicts.set(text, headerLike);
    }
    if (headerLike) {
      starts[index] = 1;
      found += 1;
      index += 1;
    }
  }
  return found === 0 ? new Uint8Array(0) : starts;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** One diagnostic for the replacement characters (U+FFFD) in the text, at the first line holding one; else null. */
function replacementDiagnostic(text: string, lines: readonly SourceLine[], replacedBytes: number | undefined): Diagnostic | null {
  if (text.indexOf('\ufffd') === -1) return null;
  const first = lines.find((source) => source.text.includes('\ufffd'));
  if (!first) return null;
  let places = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) places += 1;
  const where = places === 1 ? `on line ${first.line}` : `in ${places} places, first on line ${first.line}`;
  if (replacedBytes !== undefined && replacedBytes > 0) {
    return {
      line: first.line,
      kind: 'replaced-bytes',
      count: replacedBytes,
      message: `${replacedBytes} ${plural(replacedBytes, 'byte that is', 'bytes that are')} not valid UTF-8 ${plural(replacedBytes, 'was', 'were')} replaced with � ${where}.`,
    };
  }
  return {
    line: first.line,
    kind: 'replaced-bytes',
    message: `${places} ${plural(places, 'character', 'characters')} could not be decoded and ${plural(places, 'shows', 'show')} as � (bytes that are not valid UTF-8), ${places === 1 ? 'on' : 'first on'} line ${first.line}.`,
  };
}

/**
 * Parses the text of a bilingual transcript into the Transcript model. Lossless: every non-blank line
 * lands in exactly one place (summary, disclaimer, a turn's header or paragraphs, or a diagnostic).
 * Throws TranscriptError ('empty', 'not-a-transcript') with a plain message: also for speaker headers with
 * nothing anyone said under any of them.
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const { onProgress } = options;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = sourceLines(body, onProgress);
  if (lines.length === 0) throw new TranscriptError('empty', 'The file is empty: there is no text in it to read.');

  const starts = headerStarts(lines);
  if (starts.length === 0) {
    throw new TranscriptError(
      'not-a-transcript',
      'This does not look like an earnings-call transcript: no speaker lines were found. Duet expects each speaker’s name on a line written twice, followed by English paragraphs and their Chinese translations.',
    );
  }

  const diagnostics: Diagnostic[] = [];
  const summary: SummaryLine[] = [];
  let disclaimer: Disclaimer | null = null;
  const drafts: DraftTurn[] = [];
  const bodies: SourceLine[][] = [];
  let turnBody: SourceLine[] | null = null;
  let englishOnly = true;

  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index];
    if (!source) continue;
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(0.5 + (index / lines.length) * 0.4);
    if (starts[index] === 1) {
      const next = lines[index + 1];
      const { speaker, title } = splitHeader(source.text);
      drafts.push({ speaker, title, line: source.line, headerLines: [source.line, next?.line ?? source.line], paragraphs: [] });
      turnBody = [];
      bodies.push(turnBody);
      index += 1;
      continue;
    }
    if (isDisclaimerLine(source.text)) {
      if (disclaimer === null) disclaimer = { text: source.text, line: source.line };
      else {
        diagnostics.push({
          line: source.line,
          kind: 'extra-disclaimer',
          message: `Line ${source.line} repeats the translation disclaimer.`,
          text: source.text,
        });
      }
      continue;
    }
    if (turnBody) {
      if (englishOnly && isChineseLine(source.text)) englishOnly = false;
      turnBody.push(source);
    } else if (isChineseLine(source.text)) {
      summary.push({ zh: source.text, line: source.line });
    } else {
      diagnostics.push({
        line: source.line,
        kind: 'unattributed',
        message: `Line ${source.line} comes before the first speaker and is not part of the summary.`,
        text: source.text,
      });
    }
  }

  if (bodies.every((lines) => lines.length === 0)) {
    throw new TranscriptError(
      'not-a-transcript',
      'This does not look like an earnings-call transcript: it has speaker lines but nothing anyone said under them. Duet expects each speaker’s name on a line written twice, followed by English paragraphs and their Chinese translations.',
    );
  }

  drafts.forEach((draft, index) => {
    draft.paragraphs = pairParagraphs(bodies[index] ?? [], englishOnly);
    for (const paragraph of draft.paragraphs) {
      if (paragraph.en !== null && paragraph.zh === null && !englishOnly) {
        diagnostics.push({
          line: paragraph.line,
          kind: 'missing-translation',
          message: `Line ${paragraph.line} (${draft.speaker}) has no Chinese translation after it.`,
        });
      } else if (paragraph.en === null) {
        diagnostics.push({
          line: paragraph.line,
          kind: 'orphan-translation',
          message: `Line ${paragraph.line} (${draft.speaker}) is Chinese with no English paragraph before it.`,
        });
      }
    }
  });
  const replaced = replacementDiagnostic(body, lines, options.replacedBytes);
  if (replaced) diagnostics.push(replaced);
  diagnostics.sort((a, b) => a.line - b.line);
  onProgress?.(0.95);

  const structure = detectQuestions(drafts);
  const turns: Turn[] = drafts.map((draft, index) => ({
    speaker: draft.speaker,
    title: draft.title,
    role: structure.roles[index] ?? 'company',
    section: structure.sections[index] ?? 'presentation',
    line: draft.line,
    headerLines: draft.headerLines,
    paragraphs: draft.paragraphs,
  }));

  const opening: string[] = [];
  for (const turn of turns.slice(0, 6)) {
    for (const paragraph of turn.paragraphs.slice(0, 3)) if (paragraph.en) opening.push(paragraph.en);
  }
  const identity = readCallIdentity(opening);
  const title =
    identity.title ?? options.fallbackTitle ?? ([identity.company, identity.period].filter(Boolean).join(' ') || 'Untitled call');
  onProgress?.(1);

  return {
    meta: { company: identity.company, title, period: identity.period, encoding: options.encoding ?? 'utf-8' },
    summary,
    disclaimer,
    turns,
    questions: structure.questions,
    diagnostics,
  };
}
