import type { CallPeriod } from '../core/call-period.ts';
import type { CallPeopleRefs } from '../core/people.ts';
import type { Transcript, TranscriptErrorKind, Turn } from '../core/transcript-model.ts';

/** A file read into a transcript, with what the library needs to store it. */
export interface ReadResult {
  transcript: Transcript;
  /** The decoded text (the library stores it and re-parses on demand). */
  text: string;
  encoding: string;
  /** SHA-256 of the original bytes, hex. */
  sha256: string;
  /** SHA-256 of the normalised text (see `normalizeForId`), hex: the call's identity whatever its encoding. */
  textSha256: string;
  size: number;
  /** The call's period and people (the library's details), read where the call was parsed: off the main thread for a
   * long call, so that storing it costs the page nothing. */
  period: CallPeriod;
  people: CallPeopleRefs;
}

/**
 * Why a job failed: the core's error kinds, or 'internal' for anything unexpected. Always plain words, never a stack;
 * `values` are what the interface needs to word it in either language (the file's size, what kind of file it is).
 */
export interface PlainFailure {
  kind: TranscriptErrorKind | 'internal';
  message: string;
  values?: Record<string, string | number>;
}

/** Messages to the parse worker. */
export type ParseRequest =
  { type: 'read'; bytes: Uint8Array; fallbackTitle?: string } | { type: 'parse'; text: string; encoding: string; fallbackTitle?: string };

/**
 * Messages from the parse worker. A parsed call comes as `turns` messages (a bounded number of turns and paragraphs
 * each, so that copying one onto the page's thread never holds it long: a call of 100,000 tiny turns would take a
 * second in one piece), then the done message with the rest of the call (its `turns` left empty). A turn too long for
 * one message is cut: `continued` says the first turn of a message carries on the last one before it.
 */
export type ParseResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'turns'; turns: Turn[]; continued: boolean }
  | { type: 'read-done'; result: ReadResult }
  | { type: 'parse-done'; transcript: Transcript }
  | { type: 'failed'; failure: PlainFailure };

/** Turns plus paragraphs per `turns` message. */
export const TURNS_BATCH = 2500;

/** Cuts a call's turns into `turns` messages (see ParseResponse). */
export function turnBatches(turns: readonly Turn[], budget = TURNS_BATCH): Array<{ turns: Turn[]; continued: boolean }> {
  const batches: Array<{ turns: Turn[]; continued: boolean }> = [];
  let batch: Turn[] = [];
  let continued = false;
  let room = budget;
  const flush = (next: boolean) => {
    batches.push({ turns: batch, continued });
    batch = [];
    continued = next;
    room = budget;
  };
  for (const turn of turns) {
    let from = 0;
    do {
      if (room <= 1) flush(from > 0);
      const take = Math.min(turn.paragraphs.length - from, room - 1);
      batch.push(from === 0 && take === turn.paragraphs.length ? turn : { ...turn, paragraphs: turn.paragraphs.slice(from, from + take) });
      room -= take + 1;
      from += take;
      if (from < turn.paragraphs.length) flush(true);
    } while (from < turn.paragraphs.length);
  }
  if (batch.length > 0) flush(false);
  return batches;
}

/** Puts a call's turns back together from its `turns` messages. */
export function joinTurnBatches(into: Turn[], message: { turns: Turn[]; continued: boolean }): void {
  for (const [index, turn] of message.turns.entries()) {
    const last = into[into.length - 1];
    if (index === 0 && message.continued && last) {
      for (const paragraph of turn.paragraphs) last.paragraphs.push(paragraph);
    } else {
      into.push(turn);
    }
  }
}
