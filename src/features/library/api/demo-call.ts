import type { Transcript } from '../../../core/transcript-model.ts';
import { LibraryError } from '../library-error.ts';
import { callIdFromHash, summarizeCall, type CallSummary } from './call-summary.ts';
import { readInBackground } from './parse-in-background.ts';

/** The built-in demo call (fictional, ours), served from public/. */
export const DEMO_ID = 'demo';
export const DEMO_URL = '/demo/lumen-harbor-q3-2026.txt';

export interface DemoCall {
  transcript: Transcript;
  summary: CallSummary;
  text: string;
}

let demo: Promise<DemoCall> | null = null;

/** Fetches and parses the demo once per page; the list and the reader share the result. */
export function loadDemoCall(): Promise<DemoCall> {
  demo ??= (async () => {
    let response: Response;
    try {
      response = await fetch(DEMO_URL);
    } catch {
      throw new LibraryError('demo-unavailable', 'The demo call could not be loaded (no connection).');
    }
    if (!response.ok) throw new LibraryError('demo-unavailable', `The demo call could not be loaded (HTTP ${response.status}).`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { transcript, sha256, textSha256, size, text } = await readInBackground(bytes);
    const summary = summarizeCall(transcript, {
      id: DEMO_ID,
      textId: callIdFromHash(textSha256),
      sha256,
      source: 'demo',
      name: DEMO_URL,
      size,
      now: 0,
    });
    return { transcript, summary, text };
  })();
  demo.catch(() => {
    demo = null;
  });
  return demo;
}
