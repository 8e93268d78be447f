import { useSyncExternalStore } from 'react';
import { useMessages } from '../../../lib/i18n.ts';
import type { ConnectionState } from '../api/library-database.ts';
import { libraryStorage, type LibraryStorage } from '../api/library-storage.ts';
import { libraryMessages } from '../messages.ts';
import { AlertIcon } from './icons.tsx';

/** The state of the library's database connection, re-rendering when it changes. */
export function useConnectionState(storage: LibraryStorage = libraryStorage): ConnectionState {
  return useSyncExternalStore(storage.subscribeConnection, storage.connectionState, storage.connectionState);
}

/**
 * Says when the library's database is not this page's to use any more: a newer Duet in another tab upgraded it
 * (this page closed its connection so as not to block it: reload), or an older Duet in another tab holds it while
 * this page waits to upgrade. Renders nothing otherwise.
 */
export function StorageNotice({ storage = libraryStorage }: { storage?: LibraryStorage }) {
  const m = useMessages(libraryMessages);
  const state = useConnectionState(storage);
  if (state === 'ok') return null;
  const outdated = state === 'outdated';
  return (
    <div className="lib-card lib-card-warn" role="alert">
      <AlertIcon />
      <div className="lib-card-body">
        <p className="lib-card-title">{outdated ? m.outdatedTitle : m.blockedTitle}</p>
        <p className="lib-card-text">{outdated ? m.outdatedBody : m.blockedBody}</p>
        {outdated ? (
          <p className="lib-card-actions">
            <button type="button" className="lib-button lib-button-secondary" onClick={() => window.location.reload()}>
              {m.reload}
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
