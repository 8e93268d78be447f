import { useEffect, useState } from 'react';
import { loadSimplifiedConverter } from '../../../core/script-convert.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { ChineseText } from '../../../core/transcript-search.ts';

/** Where the Simplified text is: not asked for, being made, ready, or failed. */
export type ScriptStatus = 'traditional' | 'loading' | 'simplified' | 'error';

export interface SimplifiedChinese {
  status: ScriptStatus;
  /** 0…1 while converting. */
  progress: number;
  /** The converted text when ready, else null (show the file's Traditional). */
  chinese: ChineseText | null;
}

const converted = new WeakMap<Transcript, ChineseText>();
/** Characters converted between two pauses, so a 3 MB call converts without freezing the page. */
const SLICE_CHARS = 60_000;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function convertTranscript(
  transcript: Transcript,
  convert: (text: string) => string,
  onProgress: (fraction: number) => void,
  isCancelled: () => boolean,
): Promise<ChineseText | null> {
  const total = transcript.turns.reduce((sum, turn) => sum + turn.paragraphs.reduce((s, p) => s + (p.zh?.length ?? 0), 0), 0) || 1;
  const summary = transcript.summary.map((line) => convert(line.zh));
  const turns: (string | null)[][] = [];
  let done = 0;
  let sinceYield = 0;
  for (const turn of transcript.turns) {
    const paragraphs: (string | null)[] = [];
    for (const pair of turn.paragraphs) {
      paragraphs.push(pair.zh === null ? null : convert(pair.zh));
      const size = pair.zh?.length ?? 0;
      done += size;
      sinceYield += size;
    }
    turns.push(paragraphs);
    if (sinceYield >= SLICE_CHARS) {
      sinceYield = 0;
      onProgress(done / total);
      await yieldToBrowser();
      if (isCancelled()) return null;
    }
  }
  return { summary, turns };
}

/**
 * The call's Chinese in Simplified characters, converted on demand: the converter is loaded with a
 * dynamic import only the first time it is wanted, and the text is converted in slices with progress.
 */
export function useSimplifiedChinese(transcript: Transcript, wanted: boolean): SimplifiedChinese {
  const [state, setState] = useState<{ transcript: Transcript; status: ScriptStatus; progress: number }>({
    transcript,
    status: 'traditional',
    progress: 0,
  });

  useEffect(() => {
    if (!wanted || converted.has(transcript)) return;
    let cancelled = false;
    loadSimplifiedConverter()
      .then((convert) =>
        convertTranscript(
          transcript,
          convert,
          (progress) => {
            if (!cancelled) setState({ transcript, status: 'loading', progress });
          },
          () => cancelled,
        ),
      )
      .then((result) => {
        if (!result || cancelled) return;
        converted.set(transcript, result);
        setState({ transcript, status: 'simplified', progress: 1 });
      })
      .catch(() => {
        if (!cancelled) setState({ transcript, status: 'error', progress: 0 });
      });
    return () => {
      cancelled = true;
    };
  }, [transcript, wanted]);

  if (!wanted) return { status: 'traditional', progress: 0, chinese: null };
  const ready = converted.get(transcript);
  if (ready) return { status: 'simplified', progress: 1, chinese: ready };
  if (state.transcript === transcript && state.status === 'error') return { status: 'error', progress: 0, chinese: null };
  return { status: 'loading', progress: state.transcript === transcript ? state.progress : 0, chinese: null };
}

const SCRIPT_KEY = 'duet:reader:script';

/** Whether the reader last chose Simplified characters. */
export function loadWantsSimplified(): boolean {
  try {
    return globalThis.localStorage?.getItem(SCRIPT_KEY) === 'hans';
  } catch {
    return false;
  }
}

/** Remembers the script choice for the next call opened. */
export function saveWantsSimplified(wanted: boolean): void {
  try {
    globalThis.localStorage?.setItem(SCRIPT_KEY, wanted ? 'hans' : 'hant');
  } catch {
    // Storage full or disabled: the choice still applies for this visit.
  }
}
