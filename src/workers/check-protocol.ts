import type { Turn } from '../core/transcript-model.ts';
import type { CheckResults } from './check-job.ts';

/** The message to the check worker: the call's turns (the checks read nothing else). */
export interface CheckRequest {
  type: 'check';
  turns: readonly Turn[];
}

/** Messages from the check worker: the results, or plain words when something went wrong (never a stack trace). */
export type CheckResponse = { type: 'check-done'; results: CheckResults } | { type: 'failed'; message: string };
