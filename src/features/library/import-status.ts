import { useSyncExternalStore } from 'react';
import type { CallSummary } from './api/call-summary.ts';
import type { LibraryError } from './library-error.ts';

/** How the person handed over what is being opened (decides how it is named in messages). */
export type InputOrigin = 'file' | 'paste' | 'url';

/** An import in progress that is big (or slow) enough to deserve a progress bar. Several can run at once. */
export interface ImportActivity {
  id: number;
  origin: InputOrigin;
  name: string;
  phase: 'downloading' | 'reading' | 'saving';
  /** 0…1, or null when unknown (a download without Content-Length). */
  fraction: number | null;
  /** Stops it (downloads and reads in the worker can be stopped). */
  cancel?: () => void;
}

/** A message about an import that stays until dismissed (errors) or for a while (confirmations). */
export type ImportNotice =
  | { id: number; kind: 'failed'; origin: InputOrigin; name: string; error: unknown }
  | { id: number; kind: 'not-saved'; origin: InputOrigin; name: string; error: LibraryError }
  | { id: number; kind: 'added'; count: number }
  /** One call opened while the person had moved on (another open, another page): added, not shown. */
  | { id: number; kind: 'added-one'; summary: CallSummary };

/** Distributes Omit over the notice union. */
type NoticeInput = ImportNotice extends infer N ? (N extends ImportNotice ? Omit<N, 'id'> : never) : never;

export interface ImportStatus {
  activities: ImportActivity[];
  notices: ImportNotice[];
}

let state: ImportStatus = { activities: [], notices: [] };
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: ImportStatus) {
  state = next;
  for (const listener of listeners) listener();
}

/** The page-wide status of opening files, shown by the import layer whichever page is open. */
export const importStatus = {
  get: (): ImportStatus => state,
  /** A new id for an activity. */
  nextActivityId(): number {
    const id = nextId;
    nextId += 1;
    return id;
  },
  /** Shows or updates an activity (by id). */
  setActivity(activity: ImportActivity) {
    const known = state.activities.some((item) => item.id === activity.id);
    const activities = known
      ? state.activities.map((item) => (item.id === activity.id ? activity : item))
      : [...state.activities, activity];
    emit({ ...state, activities });
  },
  endActivity(id: number) {
    if (state.activities.some((item) => item.id === id)) emit({ ...state, activities: state.activities.filter((item) => item.id !== id) });
  },
  addNotice(notice: NoticeInput): number {
    const id = nextId;
    nextId += 1;
    emit({ ...state, notices: [...state.notices, { ...notice, id } as ImportNotice] });
    return id;
  },
  dismiss(id: number) {
    emit({ ...state, notices: state.notices.filter((notice) => notice.id !== id) });
  },
  /** Clears earlier messages when something new is opened (they are about files the person has moved on from). */
  clearNotices() {
    if (state.notices.length > 0) emit({ ...state, notices: [] });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Current import status, re-rendering when it changes. */
export function useImportStatus(): ImportStatus {
  return useSyncExternalStore(importStatus.subscribe, importStatus.get, importStatus.get);
}
