import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Transcript } from '../../../core/transcript-model.ts';
import type { ChineseText } from '../../../core/transcript-search.ts';
import { simplifiedChineseQueryOptions, simplifiedProgressKey } from '../api/simplified-chinese.ts';
import { loadWantsSimplified, saveWantsSimplified } from '../utils/script-preference.ts';

/** Where the Simplified text is: not asked for, being made, ready, or failed. */
export type ScriptStatus = 'traditional' | 'loading' | 'simplified' | 'error';

export interface SimplifiedChinese {
  /** Whether the reader wants Simplified characters (remembered for the next visit). */
  wanted: boolean;
  setWanted: (wanted: boolean) => void;
  status: ScriptStatus;
  /** 0…1 while converting. */
  progress: number;
  /** The converted text when ready, else null (show the file's Traditional). */
  chinese: ChineseText | null;
  disclaimer: string | null;
}

/**
 * The call's Chinese in Simplified characters when the reader wants it: a query under the call's key, converted
 * once per call and kept while the call is. The choice itself is remembered across visits.
 */
export function useSimplifiedChinese(id: string, transcript: Transcript): SimplifiedChinese {
  const [wanted, setWantedState] = useState(loadWantsSimplified);
  const query = useQuery({ ...simplifiedChineseQueryOptions(id, transcript), enabled: wanted });
  const progress = useQuery({
    queryKey: simplifiedProgressKey(id),
    queryFn: () => 0,
    enabled: false,
    initialData: 0,
    staleTime: Infinity,
  });
  const setWanted = (next: boolean) => {
    setWantedState(next);
    saveWantsSimplified(next);
  };
  if (!wanted) return { wanted, setWanted, status: 'traditional', progress: 0, chinese: null, disclaimer: null };
  if (query.data)
    return { wanted, setWanted, status: 'simplified', progress: 1, chinese: query.data.chinese, disclaimer: query.data.disclaimer };
  if (query.isError) return { wanted, setWanted, status: 'error', progress: 0, chinese: null, disclaimer: null };
  return { wanted, setWanted, status: 'loading', progress: progress.data ?? 0, chinese: null, disclaimer: null };
}
