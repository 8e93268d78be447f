/**
 * The parse worker: decodes, hashes and parses transcripts off the main thread, posting progress
 * as fractions and failures as plain words (TranscriptError messages), never stack traces.
 */
import { parseTextJob, readBytesJob, toPlainFailure } from './parse-job.ts';
import type { Transcript } from '../core/transcript-model.ts';
import { turnBatches, type ParseRequest, type ParseResponse } from './parse-protocol.ts';

interface WorkerScope {
  postMessage(message: ParseResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const post = (message: ParseResponse) => scope.postMessage(message);
const onProgress = (fraction: number) => post({ type: 'progress', fraction });

/** Posts a call's turns in bounded messages and returns the call without them (for the done message). */
function postTurns(transcript: Transcript): Transcript {
  for (const batch of turnBatches(transcript.turns)) post({ type: 'turns', ...batch });
  return { ...transcript, turns: [] };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'read') {
        const result = await readBytesJob(request.bytes, onProgress, request.fallbackTitle);
        post({ type: 'read-done', result: { ...result, transcript: postTurns(result.transcript) } });
      } else {
        post({
          type: 'parse-done',
          transcript: postTurns(parseTextJob(request.text, request.encoding, onProgress, request.fallbackTitle)),
        });
      }
    } catch (error) {
      post({ type: 'failed', failure: toPlainFailure(error, request.type === 'read' ? request.bytes : undefined) });
    }
  })();
});
