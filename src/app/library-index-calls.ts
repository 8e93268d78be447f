import type { CallSummary } from '../features/library/api/call-summary.ts';
import { DEMO_ID, loadDemoCall } from '../features/library/api/demo-call.ts';
import { libraryStorage } from '../features/library/api/library-storage.ts';
import type { LibraryCallInfo } from '../features/library-search/api/library-index-client.ts';

/** The library's calls as the search index is told of them (from the stored summaries: company, period, title). */
export function indexCallsOf(calls: readonly CallSummary[]): LibraryCallInfo[] {
  return calls.map((summary) => ({
    id: summary.id,
    company: summary.company,
    period: summary.period,
    title: summary.title,
    textId: summary.textId ?? summary.sha256,
    encoding: summary.encoding,
  }));
}

/** The stored text of a call, for the index worker (the built-in demo's from its file). */
export async function readCallText(id: string): Promise<string | null> {
  if (id === DEMO_ID) return (await loadDemoCall()).text;
  return (await libraryStorage.getCall(id))?.text ?? null;
}
