import type { Transcript } from '../../../core/transcript-model.ts';
import { summarizeCall, type CallSummary } from './call-summary.ts';
import { readInBackground } from './parse-in-background.ts';

/** The built-in demo call (fictional, ours), served from public/. */
export const DEMO_ID = 'demo';
export const DEMO_URL = '/demo/lumen-harbor-q3-2026.txt';

export interface DemoCall {
  transcript: Transcript;
  summary: CallSummary;
}

let demo: Promise<DemoCall> | null = null;

/** Fetches and parses the demo once per page; the list and the reader share the result. */
export function loadDemoCall(): Promise<DemoCall> {
  demo ??= (async () => {
    const response = await fetch(DEMO_URL);
    if (!response.ok) throw new Error(`The demo call could not be loaded (HTTP ${response.status}).`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { transcript, sha256, size } = await readInBackground(bytes);
    const summary = summarizeCall(transcript, { id: DEMO_ID, sha256, source: 'demo', name: DEMO_URL, size, now: 0 });
    return { transcript, summary };
  })();
  demo.catch(() => {
    demo = null;
  });
  return demo;
}
