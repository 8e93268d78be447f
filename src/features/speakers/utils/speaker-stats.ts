import type { Role, Transcript } from '../../../core/transcript-model.ts';

/** One person who speaks in the call, with how much they speak. */
export interface SpeakerStats {
  /** The name as written in the turn headers (the key used everywhere). */
  name: string;
  role: Role;
  /** The first non-empty title in their headers. */
  title: string;
  /** The firm, for analysts. */
  firm: string | null;
  /** Indices of their turns, in order. */
  turns: number[];
  words: number;
  /** Their words as a share of all words spoken (0…1). */
  share: number;
}

export interface SpeakerGroup {
  role: Role;
  speakers: SpeakerStats[];
}

const ROLE_ORDER: readonly Role[] = ['company', 'analyst', 'operator'];

/** True for the characters `\s` matches in a regular expression. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Words in a paragraph: English words (runs of non-space), or for a Chinese-only paragraph about one word per two
 * characters. Counted in one pass without making strings: the reader counts every paragraph of a call as it opens.
 */
export function countWords(en: string | null, zh: string | null): number {
  const text = en ?? zh;
  if (text === null) return 0;
  let words = 0;
  let characters = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (!space) characters += 1;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return en !== null ? words : Math.ceil(characters / 2);
}

/** Everyone who speaks, grouped by role (company, analysts, operator), in order of first appearance. */
export function speakerGroups(transcript: Transcript, firms: ReadonlyMap<string, string>): SpeakerGroup[] {
  const byName = new Map<string, SpeakerStats>();
  let total = 0;
  transcript.turns.forEach((turn, index) => {
    let stats = byName.get(turn.speaker);
    if (!stats) {
      stats = {
        name: turn.speaker,
        role: turn.role,
        title: '',
        firm: turn.role === 'analyst' ? (firms.get(turn.speaker) ?? null) : null,
        turns: [],
        words: 0,
        share: 0,
      };
      byName.set(turn.speaker, stats);
    }
    if (!stats.title && turn.title) stats.title = turn.title;
    stats.turns.push(index);
    for (const pair of turn.paragraphs) {
      const words = countWords(pair.en, pair.zh);
      stats.words += words;
      total += words;
    }
  });
  for (const stats of byName.values()) stats.share = total === 0 ? 0 : stats.words / total;
  return ROLE_ORDER.map((role) => ({ role, speakers: [...byName.values()].filter((stats) => stats.role === role) })).filter(
    (group) => group.speakers.length > 0,
  );
}

/** The speaker's next turn after `from` (wrapping around to their first), or null when they never speak. */
export function nextTurnOf(stats: Pick<SpeakerStats, 'turns'>, from: number): number | null {
  return stats.turns.find((turn) => turn > from) ?? stats.turns[0] ?? null;
}

/** A share as a whole percentage, "<1%" for small ones. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}
