/**
 * Library changes between the tabs of one browser: a BroadcastChannel, or where there is none, the `storage` event
 * of a localStorage key (which fires in every other tab of the same origin). Each tab posts what its storage
 * changed; the others refresh their list and tell an open reader when its call was deleted (use-library-sync.ts).
 */
export type LibraryChange =
  /** A call was stored, opened again or put back. */
  | { type: 'saved'; id: string }
  /** A call was deleted. */
  | { type: 'deleted'; id: string }
  /** Highlights or notes of a call were added, edited or removed. */
  | { type: 'notes'; id: string }
  /** Something else the list shows (the demo hidden or shown), or many things at once (a backup restored). */
  | { type: 'changed' };

export const SYNC_CHANNEL = 'duet-library';
/** The localStorage key written to reach other tabs when BroadcastChannel is missing. */
export const SYNC_STORAGE_KEY = 'duet:library-change';

let channel: BroadcastChannel | null | undefined;

/** This tab's channel (one object for posting and listening: a channel does not hear its own messages). */
function tabChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SYNC_CHANNEL) : null;
  // Node (tests) would otherwise keep the process alive for it.
  (channel as { unref?: () => void } | null)?.unref?.();
  return channel;
}

/** A change from an untrusted message (another tab, possibly another version of Duet), or null. */
export function readLibraryChange(value: unknown): LibraryChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if ((record.type === 'saved' || record.type === 'deleted' || record.type === 'notes') && typeof record.id === 'string')
    return { type: record.type, id: record.id };
  if (record.type === 'changed') return { type: 'changed' };
  return null;
}

/** Tells the other tabs about a change of the library. Never throws. */
export function broadcastLibraryChange(change: LibraryChange): void {
  try {
    const open = tabChannel();
    if (open) {
      open.postMessage(change);
      return;
    }
    // A new value each time (the storage event only fires when the value changes).
    globalThis.localStorage?.setItem(SYNC_STORAGE_KEY, JSON.stringify({ ...change, at: `${Date.now()}-${Math.random()}` }));
  } catch {
    // No way to reach the other tabs: they catch up on their next reload.
  }
}

/** Calls `listener` with each change another tab makes; returns the unsubscribe function. */
export function subscribeLibraryChanges(listener: (change: LibraryChange) => void): () => void {
  const open = tabChannel();
  if (open) {
    const onMessage = (event: MessageEvent) => {
      const change = readLibraryChange(event.data);
      if (change) listener(change);
    };
    open.addEventListener('message', onMessage);
    return () => open.removeEventListener('message', onMessage);
  }
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SYNC_STORAGE_KEY || !event.newValue) return;
    try {
      const change = readLibraryChange(JSON.parse(event.newValue));
      if (change) listener(change);
    } catch {
      // Not ours, or damaged: ignore.
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Forgets this tab's channel (tests switch BroadcastChannel off and on). */
export function resetLibrarySyncForTests(): void {
  channel?.close();
  channel = undefined;
}
