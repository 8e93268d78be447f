import type { Transcript } from './transcript-model.ts';

/** Each analyst's firm, as the operator named it when introducing their question (speaker name → firm). */
export function analystFirms(transcript: Pick<Transcript, 'questions'>): Map<string, string> {
  const firms = new Map<string, string>();
  for (const question of transcript.questions) {
    if (!firms.has(question.asker)) firms.set(question.asker, question.firm);
  }
  return firms;
}
