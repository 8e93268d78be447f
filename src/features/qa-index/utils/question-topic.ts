import { splitChineseSentences, splitEnglishSentences } from '../../../core/split-sentences.ts';
import type { Question, Transcript } from '../../../core/transcript-model.ts';

/** Longest topic shown, in characters (the index is a narrow column). */
const MAX_LENGTH = 140;

const GREETING = /^(?:hi|hey|hello|great|thanks?|thank you|good (?:morning|afternoon|evening)|congrat\w*|yes|yeah|okay|ok)\b/i;
const GREETING_ZH = /^(?:嗨|您好|你好|謝謝|谢谢|好的|恭喜|早安|午安|晚安|是的)/;

/**
 * What a question is about: the first sentence of the asker's first turn that is more than a greeting or a thanks,
 * in the language read (`en` or `zh`), trimmed to a line or two. Null when the asker never spoke.
 */
export function questionTopic(
  transcript: Transcript,
  question: Question,
  side: 'en' | 'zh',
  chinese?: readonly (string | null)[],
): string | null {
  const turn = transcript.turns[question.turn];
  if (!turn || turn.speaker !== question.asker) return null;
  for (const [index, pair] of turn.paragraphs.entries()) {
    const text = side === 'en' ? pair.en : (chinese?.[index] ?? pair.zh);
    if (!text) continue;
    const spans = side === 'en' ? splitEnglishSentences(text) : splitChineseSentences(text);
    const sentences = spans.map((span) => text.slice(span.start, span.end).trim()).filter(Boolean);
    const greeting = side === 'en' ? GREETING : GREETING_ZH;
    // The first sentence with some substance: not a greeting or thanks, and not a few words ("Dana, to start.").
    const substantial = side === 'en' ? 35 : 14;
    const candidates = sentences.filter((sentence) => !(greeting.test(sentence) && sentence.length < 80));
    const topic = candidates.find((sentence) => sentence.length >= substantial) ?? candidates[0] ?? sentences[0];
    if (topic) return topic.length > MAX_LENGTH ? `${topic.slice(0, MAX_LENGTH - 1).trimEnd()}…` : topic;
  }
  return null;
}
