import type { Transcript } from '../../../core/transcript-model.ts';

/** Where a call came from. */
export type CallSource = 'file' | 'paste' | 'url' | 'demo';

/**
 * The small record the library lists, stored next to each call's text so that
 * listing never parses a transcript. Bump `format` when the shape changes.
 */
export interface CallSummary {
  format: 1;
  /** First 16 hex digits of the SHA-256 of the original bytes; also the URL id (/read/<id>). */
  id: string;
  /** Full SHA-256 of the original bytes, hex. */
  sha256: string;
  source: CallSource;
  /** File name, the URL it came from, or '' for pasted text. */
  name: string;
  company: string | null;
  period: string | null;
  title: string;
  /** Encoding the bytes were decoded from; the stored text is re-parsed with it. */
  encoding: string;
  /** Size of the original bytes. */
  size: number;
  questions: number;
  turns: number;
  /** Number of parser diagnostics (unpaired lines and the like). */
  notices: number;
  /** First time this content was opened (ms since epoch). */
  addedAt: number;
  /** Last time this content was opened (ms since epoch); the library sorts on it. */
  openedAt: number;
}

/** Builds the summary record of a freshly parsed call. */
export function summarizeCall(
  transcript: Transcript,
  details: { id: string; sha256: string; source: CallSource; name: string; size: number; now: number },
): CallSummary {
  return {
    format: 1,
    id: details.id,
    sha256: details.sha256,
    source: details.source,
    name: details.name,
    company: transcript.meta.company,
    period: transcript.meta.period,
    title: transcript.meta.title,
    encoding: transcript.meta.encoding,
    size: details.size,
    questions: transcript.questions.length,
    turns: transcript.turns.length,
    notices: transcript.diagnostics.length,
    addedAt: details.now,
    openedAt: details.now,
  };
}

/** The id of a call: a prefix of its content hash (64 bits: collisions are not a practical concern for one person's library). */
export function callIdFromHash(sha256: string): string {
  return sha256.slice(0, 16);
}

/** Library order: most recently opened first; the built-in demo after the person's own calls. */
export function compareCalls(a: CallSummary, b: CallSummary): number {
  const demoA = a.source === 'demo' ? 1 : 0;
  const demoB = b.source === 'demo' ? 1 : 0;
  if (demoA !== demoB) return demoA - demoB;
  return b.openedAt - a.openedAt || b.addedAt - a.addedAt || a.id.localeCompare(b.id);
}

/** A title for a call that does not name itself: the file's name without its extension, or the URL's last segment. */
export function fallbackTitleFor(source: CallSource, name: string): string | undefined {
  if (source === 'file') return name.replace(/\.[^.]+$/, '').trim() || undefined;
  if (source === 'url') {
    try {
      const last = new URL(name).pathname.split('/').filter(Boolean).pop();
      return last ? decodeURIComponent(last).replace(/\.[^.]+$/, '') : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
