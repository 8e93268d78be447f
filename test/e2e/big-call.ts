import { generateLargeCall } from '../../bench/generate-call.ts';

/** A ~3 MB call of the usual shape, from the project's one call generator (bench/generate-call.ts). */
export function bigCall(): string {
  return generateLargeCall(3 * 1024 * 1024, 'normal');
}
