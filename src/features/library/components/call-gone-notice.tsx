import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import { DEMO_ID } from '../api/demo-call.ts';
import type { OpenedTranscript } from '../api/get-transcript.ts';
import { libraryStorage, type LibraryStorage } from '../api/library-storage.ts';
import { POSITION_FORMAT } from '../api/position-record.ts';
import { callName, errorMessage } from '../format-call.ts';
import type { LibraryError } from '../library-error.ts';
import { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';
import '../library.css';

/**
 * Query options for "is this call still in the library?", kept under the call's detail key (derived data: dropped
 * with the call). useLibrarySync invalidates it when another tab deletes or saves the call. A storage that cannot be
 * read says "stored": the notice is for a call known to be deleted, not for a storage problem.
 */
export function callStoredQueryOptions(id: string, storage: LibraryStorage = libraryStorage) {
  return {
    queryKey: transcriptKeys.derived(id, 'stored'),
    queryFn: async (): Promise<boolean> => (id === DEMO_ID ? true : storage.hasCall(id).catch(() => true)),
    staleTime: Infinity,
  } as const;
}

/**
 * The reader's banner slot: renders nothing while the call is in the library. When another tab deleted it, says so
 * (role="alert") and offers "Keep this call", which saves it back from what this tab has open (text and summary in
 * the query cache, with the reading position): nothing the person opened is lost.
 */
export function CallGoneNotice({ id, storage = libraryStorage }: { id: string; storage?: LibraryStorage }) {
  const m = useMessages(libraryMessages);
  const { uiLanguage } = useSettings();
  const queryClient = useQueryClient();
  const stored = useQuery(callStoredQueryOptions(id, storage));
  const [saving, setSaving] = useState(false);
  const [kept, setKept] = useState(false);
  const [failure, setFailure] = useState<LibraryError | null>(null);
  const opened = queryClient.getQueryData<OpenedTranscript>(transcriptKeys.detail(id));

  if (stored.data !== false || !opened) {
    return kept && opened ? (
      <p className="visually-hidden" role="status">
        {formatParts(m.goneKept, { name: callName(opened.summary, m) })}
      </p>
    ) : null;
  }

  const name = callName(opened.summary, m);
  const keep = async () => {
    setSaving(true);
    setFailure(null);
    const position = opened.position ? { format: POSITION_FORMAT, ...opened.position } : undefined;
    const outcome = await storage.restoreCall({ summary: opened.summary, text: opened.text }, position);
    setSaving(false);
    if (outcome.notSaved) {
      setFailure(outcome.notSaved);
      return;
    }
    setKept(true);
    queryClient.setQueryData(transcriptKeys.detail(id), { ...opened, summary: outcome.summary, saved: true });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: transcriptKeys.derived(id, 'stored'), exact: true }),
      queryClient.invalidateQueries({ queryKey: transcriptKeys.list(), exact: true }),
    ]);
  };
  const detail = failure ? errorMessage(failure, m, uiLanguage) : null;

  return (
    <div className="lib-gone" role="alert">
      <p className="lib-gone-text">
        <span className="lib-gone-title">{formatParts(m.goneTitle, { name })}</span>
        {detail ? (
          <>
            <span className="lib-gone-title">{formatParts(m.goneKeepFailed, { name })}</span>
            {formatParts(detail.template, detail.values)}
          </>
        ) : (
          m.goneBody
        )}
      </p>
      <button type="button" className="lib-button lib-button-primary" disabled={saving} onClick={() => void keep()}>
        {m.goneKeep}
      </button>
    </div>
  );
}
