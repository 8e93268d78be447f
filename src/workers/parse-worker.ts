/**
 * The parse worker: decodes, hashes and parses transcripts off the main thread, posting progress
 * as fractions and failures as plain words (TranscriptError messages), never stack traces.
 */
import { parseTextJob, readBytesJob, toPlainFailure } from './parse-job.ts';
import type { ParseRequest, ParseResponse } from './parse-protocol.ts';

interface WorkerScope {
  postMessage(message: ParseResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const post = (message: ParseResponse) => scope.postMessage(message);
const onProgress = (fraction: number) => post({ type: 'progress', fraction });

scope.addEventListener('message', (event) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'read') {
        post({ type: 'read-done', result: await readBytesJob(request.bytes, onProgress, request.fallbackTitle) });
      } else {
        post({ type: 'parse-done', transcript: parseTextJob(request.text, request.encoding, onProgress, request.fallbackTitle) });
      }
    } catch (error) {
      post({ type: 'failed', failure: toPlainFailure(error, request.type === 'read' ? request.bytes : undefined) });
    }
  })();
});
