import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { loadSimplifiedConverter } from '../../../core/script-convert.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { ChineseText } from '../../../core/transcript-search.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';

/** A call's Chinese in Simplified characters: the turns and summary as the search sees them, and the disclaimer. */
export interface SimplifiedText {
  chinese: ChineseText;
  disclaimer: string | null;
}

/** Characters converted between two pauses, so a 3 MB call converts without freezing the page. */
const SLICE_CHARS = 60_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Key of a call's conversion progress (0…1) while it runs. */
export const simplifiedProgressKey = (id: string) => transcriptKeys.derived(id, 'simplified-progress');

/** Converts a call's Chinese with the phrase-aware Taiwan → mainland converter, pausing between slices. */
export async function convertToSimplified(
  transcript: Transcript,
  convert: (text: string) => string,
  onProgress: (fraction: number) => void = () => {},
  signal?: AbortSignal,
): Promise<SimplifiedText> {
  let total = 0;
  for (const turn of transcript.turns) for (const pair of turn.paragraphs) total += pair.zh?.length ?? 0;
  const summary = transcript.summary.map((line) => convert(line.zh));
  const turns: (string | null)[][] = [];
  let done = 0;
  let sinceYield = 0;
  for (const turn of transcript.turns) {
    const paragraphs: (string | null)[] = [];
    for (const pair of turn.paragraphs) {
      paragraphs.push(pair.zh === null ? null : convert(pair.zh));
      done += pair.zh?.length ?? 0;
      sinceYield += pair.zh?.length ?? 0;
    }
    turns.push(paragraphs);
    if (sinceYield >= SLICE_CHARS) {
      sinceYield = 0;
      onProgress(done / (total || 1));
      await pause();
      signal?.throwIfAborted();
    }
  }
  return { chinese: { summary, turns }, disclaimer: transcript.disclaimer ? convert(transcript.disclaimer.text) : null };
}

/**
 * Query options for a call's Simplified text, under the call's key (forgotten with the call). The converter is
 * fetched only the first time any call asks for it; progress is published under `simplifiedProgressKey(id)`.
 */
export function simplifiedChineseQueryOptions(id: string, transcript: Transcript) {
  return queryOptions({
    queryKey: transcriptKeys.derived(id, 'simplified'),
    queryFn: async ({ client, signal }: { client: QueryClient; signal: AbortSignal }) => {
      const convert = await loadSimplifiedConverter();
      const result = await convertToSimplified(
        transcript,
        convert,
        (fraction) => client.setQueryData(simplifiedProgressKey(id), fraction),
        signal,
      );
      client.setQueryData(simplifiedProgressKey(id), 1);
      return result;
    },
    staleTime: Infinity,
  });
}
