import { useQuery } from '@tanstack/react-query';
import { DEFAULT_LENGTH_MODEL, measureLengthModel, type LengthModel } from '../../../core/align-sentences.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { nextPaint, whenIdle } from '../../../lib/schedule.ts';

/** Paragraphs measured for the model: enough for a stable ratio, few enough for one short idle task on any call. */
const MODEL_SAMPLE = 800;

/**
 * The call's own sentence-length model (how long a Chinese sentence runs for an English one), measured once the
 * browser is idle after the reader has painted, and kept under the call's key. Until then pairs align with the
 * default model; those on screen align again when it arrives.
 */
export function useSentenceModel(id: string, transcript: Transcript): LengthModel {
  const { data } = useQuery({
    queryKey: transcriptKeys.derived(id, 'sentence-model'),
    queryFn: async () => {
      await nextPaint();
      return new Promise<LengthModel>((resolve) => whenIdle(() => resolve(measureLengthModel(transcript, { sample: MODEL_SAMPLE }))));
    },
    staleTime: Infinity,
  });
  return data ?? DEFAULT_LENGTH_MODEL;
}
