import { queryOptions } from '@tanstack/react-query';
import { compareCalls, isLaterPeriod } from '../../../core/compare-calls.ts';
import type { Transcript } from '../../../core/transcript-model.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';

/** One of the two calls on the compare page. */
export interface ComparedCall {
  id: string;
  transcript: Transcript;
}

/** The two calls in the page's order: the later period is "this quarter"; otherwise the order of the address. */
export function orderCalls(first: ComparedCall, second: ComparedCall): [ComparedCall, ComparedCall] {
  return isLaterPeriod(first.transcript.meta.period, second.transcript.meta.period) ? [second, first] : [first, second];
}

/** Query options for the comparison of `current` (this quarter) with `other`; derived from the two parsed calls. */
export function comparisonQueryOptions(current: ComparedCall, other: ComparedCall) {
  return queryOptions({
    queryKey: transcriptKeys.comparison(current.id, other.id),
    queryFn: () => compareCalls(current.transcript, other.transcript),
  });
}
