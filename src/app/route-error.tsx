import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { isTranscriptError } from '../core/transcript-model.ts';
import { isLibraryError, type LibraryErrorKind } from '../features/library/library-error.ts';
import { endFirstScreen } from '../lib/first-screen-handoff.ts';
import { useMessages, type Messages } from '../lib/i18n.ts';
import { useSettings } from '../lib/settings.ts';

/** Kept in this file (not the library's tables): the error page must show without loading another chunk. */
type Key =
  | 'title'
  | 'back'
  | 'reload'
  | 'noPage'
  | 'notFound'
  | 'storageUnavailable'
  | 'storageFailed'
  | 'storageOutdated'
  | 'upgradeFailed'
  | 'recordUnreadable'
  | 'recordNewer'
  | 'demoUnavailable'
  | 'unreadableText'
  | 'chunkFailed'
  | 'unexpected';

const messages: Messages<Key> = {
  en: {
    title: 'Cannot show this page',
    back: 'Back to the library',
    reload: 'Reload',
    noPage: 'This page does not exist.',
    notFound:
      'This call is not in your library: it may have been deleted, or the link comes from another browser. Open its file again to read it.',
    storageUnavailable:
      'This browser is not letting Duet read its library (private browsing, or storage turned off), so stored calls cannot be opened here.',
    storageFailed: 'The browser could not read Duet’s library just now. Reload the page to try again.',
    storageOutdated: 'Duet was updated in another tab, so this page can no longer read your library. Reload the page.',
    upgradeFailed: 'Duet could not upgrade your library to this version; your calls are stored as they were. Reload the page to try again.',
    recordUnreadable: 'The stored copy of this call is damaged and cannot be read. Open its file again to store it anew.',
    recordNewer: 'A newer version of Duet saved this call. Reload the page to use the newest version.',
    demoUnavailable: 'The demo call could not be loaded. Check your connection and reload the page.',
    unreadableText: 'The stored text of this call could not be read as a transcript. Open its file again.',
    chunkFailed: 'Part of Duet could not be loaded (it may have been updated, or the connection dropped). Reload the page.',
    unexpected: 'Something went wrong while showing this page. Your library is unchanged.',
  },
  'zh-Hant': {
    title: '無法顯示這個頁面',
    back: '回到資料庫',
    reload: '重新載入',
    noPage: '這個頁面不存在。',
    notFound: '這場會議不在你的資料庫中：可能已被刪除，或這個連結來自另一個瀏覽器。請再開啟一次它的檔案。',
    storageUnavailable: '這個瀏覽器不允許 Duet 讀取資料庫（私密瀏覽或已停用儲存空間），因此無法在這裡開啟已儲存的會議。',
    storageFailed: '瀏覽器暫時無法讀取 Duet 的資料庫。請重新載入頁面再試一次。',
    storageOutdated: 'Duet 已在另一個分頁更新，這個頁面無法再讀取資料庫。請重新載入頁面。',
    upgradeFailed: 'Duet 無法把資料庫升級到這個版本；已儲存的會議維持原樣。請重新載入頁面再試一次。',
    recordUnreadable: '這場會議儲存的資料已損壞，無法讀取。請再開啟一次它的檔案，重新儲存。',
    recordNewer: '這場會議是由較新版本的 Duet 儲存的。請重新載入頁面以使用最新版本。',
    demoUnavailable: '無法載入示範會議。請檢查網路連線後重新載入頁面。',
    unreadableText: '這場會議儲存的文字無法讀取為逐字稿。請再開啟一次它的檔案。',
    chunkFailed: '無法載入 Duet 的部分程式（可能已更新，或連線中斷）。請重新載入頁面。',
    unexpected: '顯示這個頁面時發生問題。資料庫沒有任何變更。',
  },
};

const BY_KIND: Partial<Record<LibraryErrorKind, Key>> = {
  'not-found': 'notFound',
  'storage-unavailable': 'storageUnavailable',
  'storage-full': 'storageFailed',
  'storage-failed': 'storageFailed',
  'storage-outdated': 'storageOutdated',
  'storage-upgrade-failed': 'upgradeFailed',
  'record-unreadable': 'recordUnreadable',
  'record-newer': 'recordNewer',
  'demo-unavailable': 'demoUnavailable',
};

/** Which message a route error gets, and whether reloading may help. */
function classify(error: unknown): { key: Key; reload: boolean } {
  if (error === undefined || error === null) return { key: 'noPage', reload: false };
  if (isLibraryError(error)) {
    const key = BY_KIND[error.kind] ?? 'unexpected';
    return { key, reload: key !== 'notFound' && key !== 'recordUnreadable' };
  }
  if (isTranscriptError(error)) return { key: 'unreadableText', reload: false };
  if (isRouteErrorResponse(error)) return { key: error.status === 404 ? 'noPage' : 'unexpected', reload: error.status !== 404 };
  // A lazy route's code that failed to load (a new deployment, or offline).
  if (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  ) {
    return { key: 'chunkFailed', reload: true };
  }
  return { key: 'unexpected', reload: true };
}

/**
 * Plain-words error page for a route that failed, in the interface language: never a stack trace and never the
 * core's English message in the Chinese interface; always the way back to the library (and Reload when it may help).
 */
export function RouteError() {
  const error = useRouteError();
  const m = useMessages(messages);
  const { uiLanguage } = useSettings();
  const { key, reload } = classify(error);
  // The error is the page now: a deep link's first screen must not stay over it.
  useEffect(() => endFirstScreen(), []);
  return (
    <main id="main" className="route-error" lang={uiLanguage}>
      <div role="alert">
        <h1>{m.title}</h1>
        <p>{m[key]}</p>
      </div>
      <p>
        <Link to="/">{m.back}</Link>
        {reload ? (
          <>
            {' '}
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {m.reload}
            </button>
          </>
        ) : null}
      </p>
    </main>
  );
}
