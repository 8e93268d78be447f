/**
 * People across calls: the same analyst or company speaker written in different ways ("Meta Marshall",
 * "Meta A. Marshall", "Will Power" / "William Verity Power") resolves to one key and one slug; a substitute
 * ("This is Quinton on for Jim Fish") is listed under the analyst they stood in for.
 */
import { splitEnglishSentences } from './split-sentences.ts';
import type { Transcript } from './transcript-model.ts';

/** Short forms of first names, to their long form, so "Will Power" and "William Power" are one person. */
const NICKNAMES: Readonly<Record<string, string>> = {
  al: 'albert',
  alex: 'alexander',
  aleksandr: 'alexander',
  alexandr: 'alexander',
  andy: 'andrew',
  ben: 'benjamin',
  bill: 'william',
  bob: 'robert',
  brad: 'bradley',
  chris: 'christopher',
  dan: 'daniel',
  danny: 'daniel',
  dave: 'david',
  ed: 'edward',
  fred: 'frederick',
  greg: 'gregory',
  jake: 'jacob',
  jim: 'james',
  jimmy: 'james',
  joe: 'joseph',
  jon: 'jonathan',
  ken: 'kenneth',
  kate: 'katherine',
  liz: 'elizabeth',
  matt: 'matthew',
  mike: 'michael',
  nick: 'nicholas',
  pat: 'patrick',
  param: 'paramveer',
  phil: 'philip',
  rich: 'richard',
  rick: 'richard',
  rob: 'robert',
  sam: 'samuel',
  steve: 'steven',
  stephen: 'steven',
  ted: 'edward',
  tom: 'thomas',
  tony: 'anthony',
  will: 'william',
};

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'cfa', 'phd', 'md']);

/** Name words in lower case without accents or punctuation ("Meta A. Marshall" → ["meta", "a", "marshall"]). */
function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, '').replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word !== '' && !SUFFIXES.has(word));
}

/**
 * The key that one person's spellings share: first name (long form) and last name, lower case
 * ("Meta A. Marshall" and "Meta Marshall" → "meta marshall"; "Will Power" → "william power").
 */
export function personKey(name: string): string {
  const words = nameWords(name);
  if (words.length === 0) return '';
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return [NICKNAMES[first] ?? first, last].filter(Boolean).join(' ');
}

/** A person's address part: their key with hyphens ("meta-marshall"); "" for a name with no letters. */
export function personSlug(name: string): string {
  return personKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A company's address part ("Twilio" → "twilio", "Lumen Harbor, Inc." → "lumen-harbor"). */
export function companySlug(company: string): string {
  return company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[,.]?\s+(?:inc|corp|corporation|co|ltd|plc|llc|holdings|group|limited|n\.?v|s\.?a|ag)\.?$/i, '')
    .replace(/['’]s?\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Header names that name no one ("Unidentified Analyst", "Unknown Speaker"). */
export function isUnnamed(name: string): boolean {
  return /^(?:unidentified|unknown|unnamed)\b/i.test(name.trim()) || personKey(name) === '';
}

/** An analyst as a call names them, for the library's summary. */
export interface AnalystRef {
  /** As the operator introduced them ("Meta Marshall"). */
  name: string;
  slug: string;
  firm: string;
}

/** A company speaker as a call names them. */
export interface SpeakerRef {
  /** As the header writes it ("Khozema Z. Shipchandler"). */
  name: string;
  slug: string;
  /** The header's title ("CEO & Director"), or "". */
  title: string;
}

/** The people of a call, as the library keeps them. */
export interface CallPeopleRefs {
  analysts: AnalystRef[];
  speakers: SpeakerRef[];
}

/** The analysts introduced in a call (substitutes listed under the analyst they stood in for) and its company speakers. */
export function callPeople(transcript: Pick<Transcript, 'questions' | 'turns'>): CallPeopleRefs {
  // A long call names the same few people thousands of times: each spelling is looked at once (the first decides).
  const analysts = new Map<string, AnalystRef>();
  const askedBy = new Set<string>();
  for (const question of transcript.questions) {
    const asked = `${question.introducedAs}\u0000${question.asker}`;
    if (askedBy.has(asked)) continue;
    askedBy.add(asked);
    const name = analystName(question);
    const slug = personSlug(name);
    if (slug === '' || analysts.has(slug)) continue;
    analysts.set(slug, { name, slug, firm: question.firm });
  }
  const speakers = new Map<string, SpeakerRef>();
  const named = new Set<string>();
  for (const turn of transcript.turns) {
    if (turn.role !== 'company' || named.has(turn.speaker)) continue;
    named.add(turn.speaker);
    if (isUnnamed(turn.speaker)) continue;
    const slug = personSlug(turn.speaker);
    if (slug === '' || speakers.has(slug)) continue;
    speakers.set(slug, { name: turn.speaker, slug, title: turn.title });
  }
  return { analysts: [...analysts.values()], speakers: [...speakers.values()] };
}

/** Whom a question is listed under: the analyst as introduced, or the asker when the introduction named no one. */
function analystName(question: Transcript['questions'][number]): string {
  if (question.introducedAs.trim() !== '' && !isUnnamed(question.introducedAs)) return question.introducedAs;
  return question.asker;
}

/** The first English sentence of a turn, trimmed, or "". */
function firstSentence(transcript: Pick<Transcript, 'turns'>, turn: number): string {
  const english = transcript.turns[turn]?.paragraphs.find((pair) => pair.en !== null && pair.en.trim() !== '')?.en ?? '';
  const first = splitEnglishSentences(english)[0];
  return first ? english.slice(first.start, first.end).trim() : '';
}

/** A sentence that is only a greeting or thanks ("Great.", "Thanks for taking my question."): not what was asked. */
const PLEASANTRY =
  /^(?:(?:great|good|okay|ok|yes|yeah|hi|hey|perfect|wonderful|awesome|excellent|congrat\w*|thanks?|thank you|hello|good (?:afternoon|morning|evening)|this is [^.]+ on for [^.]+)\b[^.?!]{0,60}[.!?]|[^.?!]*\b(?:thank(?:s| you) for taking|congrat\w*|nice (?:quarter|job)|great quarter)\b[^.?!]*[.!?])\s*$/i;

const MIN_WORDS = 6;

/** The first sentence of a question or answer that says something ("Great. Thanks." and short lead-ins skipped), or the first sentence. */
export function questionOpening(transcript: Pick<Transcript, 'turns'>, turn: number): string {
  const sentences: string[] = [];
  for (const pair of transcript.turns[turn]?.paragraphs ?? []) {
    if (pair.en === null) continue;
    const english = pair.en;
    for (const span of splitEnglishSentences(english)) sentences.push(english.slice(span.start, span.end).trim());
    if (sentences.length >= 6) break;
  }
  const said = sentences.filter((sentence) => sentence !== '' && !PLEASANTRY.test(sentence));
  // A sentence of a few words ("Sure, Lauren.", "Dana, maybe to start there.") leads in; the next one says it.
  return said.find((sentence) => sentence.split(/\s+/).length >= MIN_WORDS) ?? said[0] ?? sentences[0] ?? firstSentence(transcript, turn);
}

/** One question of an analyst in one call. */
export interface AnalystQuestion {
  /** The question's number in its call (`/read/<id>/q/<n>`). */
  n: number;
  /** Whom it is listed under. */
  analyst: AnalystRef;
  /** Who actually spoke: the analyst, or the substitute's name when someone stood in. */
  askedBy: string;
  /** True when someone stood in for the analyst ("This is Quinton on for Jim Fish"). */
  substitute: boolean;
  /** The first sentence of the question that says something. */
  opening: string;
  /** Index of the asker's turn. */
  turn: number;
  answeredBy: Array<{ name: string; slug: string }>;
}

/** Every question of a call, listed under the analyst introduced for it. */
export function analystQuestions(transcript: Pick<Transcript, 'questions' | 'turns'>): AnalystQuestion[] {
  return transcript.questions.map((question) => {
    const name = analystName(question);
    const substitute = question.substitute !== null;
    return {
      n: question.n,
      analyst: { name, slug: personSlug(name), firm: question.firm },
      askedBy: substitute ? (isUnnamed(question.asker) ? (question.substitute ?? question.asker) : question.asker) : question.asker,
      substitute,
      opening: questionOpening(transcript, question.turn),
      turn: question.turn,
      answeredBy: question.answeredBy.map((speaker) => ({ name: speaker, slug: personSlug(speaker) })),
    };
  });
}

/** One answer of a company speaker: the first of their turns in one question's exchange. */
export interface SpeakerAnswer {
  n: number;
  /** The analyst asking, as listed (substitutes under the analyst they stood in for). */
  analyst: AnalystRef;
  substitute: boolean;
  /** The question's first sentence that says something. */
  question: string;
  /** The first sentence of the answer. */
  opening: string;
  turn: number;
}

/** Every answer a company speaker (by slug) gave in a call, and the turn of their prepared remarks, if any. */
export function speakerAnswers(
  transcript: Pick<Transcript, 'questions' | 'turns'>,
  slug: string,
): { speaker: SpeakerRef | null; remarksTurn: number | null; answers: SpeakerAnswer[] } {
  const own = (index: number) => {
    const turn = transcript.turns[index];
    return turn !== undefined && turn.role === 'company' && personSlug(turn.speaker) === slug;
  };
  const first = transcript.turns.findIndex((_, index) => own(index));
  const speakerTurn = transcript.turns[first];
  const speaker = speakerTurn ? { name: speakerTurn.speaker, slug, title: speakerTurn.title } : null;
  const remarksTurn = transcript.turns.findIndex((turn, index) => own(index) && turn.section === 'presentation');
  const answers: SpeakerAnswer[] = [];
  for (const question of transcript.questions) {
    const turn = question.turns.find(own);
    if (turn === undefined) continue;
    const name = analystName(question);
    answers.push({
      n: question.n,
      analyst: { name, slug: personSlug(name), firm: question.firm },
      substitute: question.substitute !== null,
      question: questionOpening(transcript, question.turn),
      opening: questionOpening(transcript, turn),
      turn,
    });
  }
  return { speaker, remarksTurn: remarksTurn === -1 ? null : remarksTurn, answers };
}
