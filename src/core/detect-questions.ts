import { isOperatorName } from './line-kind.ts';
import type { Question, Role, Section, Turn } from './transcript-model.ts';

/** An operator's introduction of the next analyst: the name and firm exactly as said. */
export interface Introduction {
  name: string;
  firm: string;
}

/** Where an introduction's name starts: "...question comes from the line of", "We'll go next to". */
const INTRO_LEAD = [
  /\bquestions?\b[^.?!]{0,60}?\b(?:from|to|with)\s+(?:the\s+line\s+of\s+)?/i,
  /\b(?:go|move|turn)\s+(?:next\s+|now\s+)?(?:over\s+)?to\s+(?:the\s+line\s+of\s+)/i,
  /\bwe(?:'ll| will)\s+(?:go|move)\s+next\s+to\s+/i,
];

const NAME_FIRM_JOINER = /\s+(?:with|of|from|at)\s+/i;
const FIRM_ABBREVIATION = /(?:^|[\s&.])(?:[A-Z]|Co|Cos|Corp|Inc|Ltd|LLC|Bros|Intl|L\.P|S\.A|N\.A|A\.G)$/;
const AFTER_FIRM = /,\s*(?:your|please|go ahead|you may|sir|ma'am|madam)\b|\s+(?:Your|Please)\s+(?:line|go|proceed)\b/;

/** Cuts a firm name at the end of its sentence, keeping periods inside abbreviations ("J.P. Morgan", "Co."). */
function trimFirm(rest: string): string {
  let text = rest;
  const tail = AFTER_FIRM.exec(text);
  if (tail) text = text.slice(0, tail.index);
  const stop = /[.;!?](?=\s|$)/g;
  for (let match = stop.exec(text); match; match = stop.exec(text)) {
    const before = text.slice(0, match.index);
    const atEnd = text.slice(match.index + 1).trim() === '';
    if (match[0] === '.' && FIRM_ABBREVIATION.test(before)) {
      if (atEnd) return (before + '.').trim();
      continue;
    }
    return before.trim();
  }
  return text.trim().replace(/[,:]$/, '');
}

/** Finds an operator's question introduction in one English paragraph. */
export function matchIntroduction(english: string): Introduction | null {
  for (const lead of INTRO_LEAD) {
    const match = lead.exec(english);
    if (!match) continue;
    const rest = english.slice(match.index + match[0].length);
    const joiner = NAME_FIRM_JOINER.exec(rest);
    if (!joiner) continue;
    const name = rest
      .slice(0, joiner.index)
      .trim()
      .replace(/^(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+/, '');
    const words = name.split(/\s+/);
    if (words.length > 6 || !/^\p{Lu}/u.test(name) || /[.,;!?]$/.test(name)) continue;
    const firm = trimFirm(rest.slice(joiner.index + joiner[0].length));
    if (firm === '' || firm.length > 80 || !/^[\p{L}\p{N}]/u.test(firm)) continue;
    return { name, firm };
  }
  return null;
}

/**
 * What an operator says when the Q&A is over: no more questions, the Q&A (or the call) concludes, the call goes
 * back to the company for closing remarks, the sign-off.
 */
const END_OF_QA = [
  /\bno (?:more|further|other|additional) (?:audio )?questions\b/i,
  /\b(?:conclude[sd]?|concluding|ends?|ended|ending|completes?|wraps? up)\b[^.?!]{0,40}\b(?:Q\s?&\s?A|question[- ]and[- ]answer|questions?[- ](?:session|portion|period))/i,
  /\b(?:conclude[sd]?|concluding|ends?|ended|ending)\b[^.?!]{0,40}\b(?:call|conference|presentation|webcast|event)\b/i,
  /\b(?:closing|concluding|final|further) (?:remarks|comments)\b/i,
  /\b(?:turn|hand|pass)(?:ing)?\b[^.?!]{0,40}\bback\b/i,
  /\ball the time we have\b/i,
  /\bdisconnect\b/i,
];

/** True when an English paragraph of the operator says the Q&A is over. */
export function matchEndOfQa(english: string): boolean {
  return END_OF_QA.some((pattern) => pattern.test(english));
}

/** Finds "This is Quinton on for Jim Fish" at the start of an analyst's turn; returns "Quinton". */
export function findSubstitute(english: string): string | null {
  const head = english.slice(0, 240);
  const match =
    /\b(?:[Tt]his is|[Ii]t's|[Ii]t is|I'm|I am|[Yy]ou have|[Yy]ou've got)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}?)\s+(?:(?:on|in|here|dialing in|sitting in|filling in|stepping in|calling in|asking)\s+for|on behalf of)\s+\p{Lu}/u.exec(
      head,
    );
  return match?.[1] ?? null;
}

/** A turn as the parser built it, before roles and sections are known. */
export type DraftTurn = Omit<Turn, 'role' | 'section'>;

/** What the structure of the call says about its turns. */
export interface CallStructure {
  roles: Role[];
  sections: Section[];
  questions: Question[];
}

function firstEnglish(turn: DraftTurn | undefined): string {
  return turn?.paragraphs.find((paragraph) => paragraph.en !== null)?.en ?? '';
}

/** The last introduction in an operator turn (the one the next speaker answers to). */
function introductionIn(turn: DraftTurn): Introduction | null {
  let found: Introduction | null = null;
  for (const paragraph of turn.paragraphs) {
    if (paragraph.en === null) continue;
    found = matchIntroduction(paragraph.en) ?? found;
  }
  return found;
}

/** Index of the operator turn after the last introduction that ends the Q&A, or `turns.length` when none does. */
function closingStart(turns: readonly DraftTurn[], isOperator: readonly boolean[], lastIntroduction: number): number {
  for (let index = lastIntroduction + 1; index < turns.length; index += 1) {
    if (!isOperator[index]) continue;
    if (turns[index]?.paragraphs.some((paragraph) => paragraph.en !== null && matchEndOfQa(paragraph.en))) return index;
  }
  return turns.length;
}

/**
 * Decides roles, sections and questions from the call's structure: Q&A starts at the operator's first
 * introduction; whoever takes the floor after an introduction is an analyst (with their follow-ups);
 * presenters and everyone else who speaks are the company. Q&A ends at the first operator turn after the last
 * introduction that says so (no further questions, back to the company for closing remarks, the sign-off):
 * from there on is the closing, part of no question.
 */
export function detectQuestions(turns: readonly DraftTurn[]): CallStructure {
  const isOperator = turns.map((turn) => isOperatorName(turn.speaker));
  const introductions = turns.map((turn, index) => (isOperator[index] ? introductionIn(turn) : null));
  const qaStart = introductions.findIndex((intro) => intro !== null);
  const qaEnd =
    qaStart === -1
      ? turns.length
      : closingStart(
          turns,
          isOperator,
          introductions.findLastIndex((intro) => intro !== null),
        );
  const presenters = new Set<string>();
  for (let index = 0; index < (qaStart === -1 ? turns.length : qaStart); index += 1) {
    if (!isOperator[index]) presenters.add(turns[index]?.speaker ?? '');
  }

  const questions: Question[] = [];
  const analysts = new Set<string>();
  if (qaStart !== -1) {
    let current: Question | null = null;
    let askerSpoke = false;
    for (let index = qaStart; index < qaEnd; index += 1) {
      const turn = turns[index];
      if (!turn) continue;
      const intro = introductions[index];
      if (intro) {
        current = {
          n: questions.length + 1,
          turn: index,
          asker: intro.name,
          introducedAs: intro.name,
          firm: intro.firm,
          answeredBy: [],
          turns: [],
          introTurn: index,
          substitute: null,
        };
        questions.push(current);
        askerSpoke = false;
        continue;
      }
      if (!current) continue;
      if (isOperator[index]) {
        if (askerSpoke) current = null;
        continue;
      }
      if (!askerSpoke) {
        askerSpoke = true;
        if (!presenters.has(turn.speaker)) {
          current.asker = turn.speaker;
          current.turn = index;
          current.substitute = findSubstitute(firstEnglish(turn));
          analysts.add(turn.speaker);
        }
      }
      current.turns.push(index);
    }
  }
  for (const turn of turns) if (/^unidentified\s+(?:analyst|participant)/i.test(turn.speaker)) analysts.add(turn.speaker);

  const roles = turns.map<Role>((turn, index) => (isOperator[index] ? 'operator' : analysts.has(turn.speaker) ? 'analyst' : 'company'));
  for (const question of questions) {
    for (const index of question.turns) {
      const speaker = turns[index]?.speaker;
      if (speaker !== undefined && roles[index] === 'company' && !question.answeredBy.includes(speaker)) {
        question.answeredBy.push(speaker);
      }
    }
  }
  const sections = turns.map<Section>((_, index) =>
    qaStart === -1 || index < qaStart ? 'presentation' : index < qaEnd ? 'qa' : 'closing',
  );
  return { roles, sections, questions };
}
